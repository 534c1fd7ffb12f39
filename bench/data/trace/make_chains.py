"""Writes chains.json: retellings of dev set (Wikinews, CC BY 2.5) articles, written for this benchmark.

Each retelling relays claims of an origin (or of another retelling: two hops) with labelled edits.
`edges` list, per statement the retelling passes on: the statement (a substring of its text), where it
came from (article id and a substring of that article's text), the edge kind and the drift kinds the
edit made. Statements with no entry are new to the retelling (no edge expected); distractors are on the
same topics and relay nothing. Run this file to rewrite chains.json after editing.
"""
import json
from pathlib import Path

W = "Wikinews"


def e(claim, source, from_claim, kind="relay", drift=()):
    return {"claim": claim, "from": source if isinstance(source, list) else [source], "from_claim": from_claim,
            "kind": kind, "drift": list(drift)}


ARTICLES = [
    {"id": "baghdad-monitor", "outlet": "Baghdad Monitor", "url": "https://baghdadmonitor.example/2009/10/26/bombings",
     "date": "2009-10-26", "title": "Twin car bombs kill 132 in Baghdad",
     "text": "Two car bombs killed 132 people in central Baghdad on Sunday, Wikinews reported.\n\n"
             "Officials warned that the death toll will rise, according to Wikinews.\n\n"
             "Police said cars loaded with explosives had been parked in garages close to the targeted buildings, "
             "according to Wikinews.\n\n"
             "The city's hospitals were overwhelmed through the night and families queued outside the morgues.",
     "edges": [e("Two car bombs killed 132 people", "baghdad-car-bombings", "At least 132 people were killed",
                 drift=["number"]),
               e("the death toll will rise", "baghdad-car-bombings", "the death toll is likely to rise", drift=["hedge"]),
               e("cars loaded with explosives had been parked", "baghdad-car-bombings",
                 "cars loaded with explosives had been parked")]},
    {"id": "metro-wire", "outlet": "Metro Wire", "url": "https://metrowire.example/world/baghdad-150",
     "date": "2009-10-27", "title": "Baghdad blasts: what we know",
     "text": "The bombings in Baghdad killed 150 people, the Baghdad Monitor reported.\n\n"
             "Police said cars packed with explosives had been left in garages next to the buildings, according to "
             "the Baghdad Monitor.\n\n"
             "Prime Minister Nouri Maliki said al-Qaeda was behind the attacks, according to the Baghdad Monitor.",
     "edges": [e("The bombings in Baghdad killed 150 people", "baghdad-monitor", "Two car bombs killed 132 people",
                 drift=["number"]),
               e("cars packed with explosives had been left", "baghdad-monitor",
                 "cars loaded with explosives had been parked")]},
    {"id": "capital-ledger", "outlet": "Capital Ledger", "url": "https://capitalledger.example/baghdad",
     "date": "2009-10-26", "title": "Baghdad death toll will rise",
     "text": "The death toll from the bombings is likely to rise.\n\n"
             "Iraqi council member Mohammed al-Rubaiey said about 25 staff members of the Baghdad Provincial Council "
             "died in the bombings.\n\n"
             "The council has suspended its meetings until the building is made safe, a clerk said.",
     "edges": [e("The death toll from the bombings is likely to rise", "baghdad-car-bombings",
                 "the death toll is likely to rise", "pickup", ["attribution", "headline"]),
               e("about 25 staff members of the Baghdad Provincial Council", "baghdad-car-bombings",
                 "about 25 staff members of the Baghdad Provincial Council", "relay")]},
    {"id": "harbour-times", "outlet": "Harbour Times", "url": "https://harbourtimes.example/basra-airstrike",
     "date": "2008-03-30", "title": "Airstrike in Basra kills civilians, police say",
     "text": "Iraqi police said the U.S. airstrike on a house in Basra's Hananiyah neighborhood killed 8 civilians, "
             "according to Wikinews.\n\n"
             "British military spokesman Maj. Tom Holloway said: \u201cWe are aware of reports of civilian casualties "
             "in the Basra area,\u201d according to Wikinews.\n\n"
             "Iraqi officials said that 75 people had been killed and 500 wounded in fighting in Sadr City, "
             "according to Wikinews.",
     "edges": [e("the U.S. airstrike on a house in Basra's Hananiyah neighborhood killed 8 civilians", "basra-airstrikes",
                 "the U.S. airstrike on a house in Basra's Hananiyah neighborhood killed 8 civilians", drift=["source"]),
               e("We are aware of reports of civilian casualties", "basra-airstrikes",
                 "We are aware of reports of incidents", drift=["quote"]),
               e("75 people had been killed and 500 wounded", "basra-airstrikes",
                 "75 people had been killed and nearly 500 were wounded", drift=["number"])]},
    {"id": "northern-star", "outlet": "Northern Star", "url": "https://northernstar.example/basra",
     "date": "2008-03-31", "title": "Basra offensive draws Sadr's anger",
     "text": "The American airstrike in Hananiyah probably killed 8 civilians, according to the Harbour Times.\n\n"
             "Other Iraqi officials insisted that the Mahdi Army was the target of the offensive.\n\n"
             "Aid agencies said food and water were running short in the city's eastern districts.",
     "edges": [e("The American airstrike in Hananiyah probably killed 8 civilians", "harbour-times",
                 "the U.S. airstrike on a house in Basra's Hananiyah neighborhood killed 8 civilians", drift=["hedge"]),
               e("the Mahdi Army was the target of the offensive", "basra-airstrikes",
                 "the Mahdi Army was not the target of the offensive", "relay", ["stance"])]},
    {"id": "the-courier", "outlet": "The Courier", "url": "https://thecourier.example/lockerbie",
     "date": "2012-05-24", "title": "Others were involved in Lockerbie bombing, prosecutors say",
     "text": "Prime Minister David Cameron said al-Megrahi \u201cshould never have been freed from jail\u201d, according "
             "to Wikinews.\n\n"
             "Prosecutors believe others besides al-Megrahi were probably involved in the attack, Wikinews reported.\n\n"
             "The bombing of Pan Am Flight 103 killed 270 people, including eleven on the ground.\n\n"
             "Jim Swire, father of another victim of the bombing, believes al-Megrahi was guilty, according to "
             "Wikinews.",
     "edges": [e("should never have been freed from jail", "lockerbie-megrahi-buried",
                 "should never have been released from prison", drift=["quote"]),
               e("others besides al-Megrahi were probably involved", "lockerbie-megrahi-buried",
                 "others besides al-Megrahi involved in the attack", drift=["hedge", "headline"]),
               e("The bombing of Pan Am Flight 103 killed 270 people", "lockerbie-megrahi-buried",
                 "The bombing of Pan Am Flight 103 from London to New York resulted in 270 fatalities", "relay"),
               e("al-Megrahi was guilty", "lockerbie-megrahi-buried", "al-Megrahi was not guilty", drift=["stance"])]},
    {"id": "pacific-post", "outlet": "Pacific Post", "url": "https://pacificpost.example/korea-alert",
     "date": "2015-08-22", "title": "North Korea orders troops to war footing",
     "text": "North Korea's military has been placed on high alert and told to prepare for a \u201cquasi-state of "
             "war\u201d, the Yonhap news agency reported.\n\n"
             "North Korea said it would attack any loudspeakers broadcasting propaganda within 48 hours if the "
             "broadcasts do not stop, according to Wikinews.\n\n"
             "South Korea evacuated 80 people from the town of Yeoncheon after a shell landed nearby, Wikinews "
             "reported.",
     "edges": [e("it would attack any loudspeakers broadcasting propaganda", "north-korea-quasi-war",
                 "it would attack any loudspeakers broadcasting propaganda"),
               e("South Korea evacuated 80 people", "north-korea-quasi-war", "South Korea evacuated about 80 people",
                 drift=["number"])]},
    {"id": "science-digest", "outlet": "Science Digest", "url": "https://sciencedigest.example/ozone-crops",
     "date": "2014-07-29", "title": "Ozone and heat threaten the world's harvests",
     "text": "According to Wikinews, the U.S. Department of Agriculture says ground-level ozone causes more damage to "
             "plants than all other air pollutants combined.\n\n"
             "Growing populations and changing diets will increase world food needs by 60 percent by 2050, "
             "researchers estimated, according to Wikinews.\n\n"
             "Ozone pollution caused almost half of the damage to soybean crops that had been blamed on heat, the "
             "researchers found, according to Wikinews.",
     "edges": [e("ground-level ozone causes more damage to plants", "ozone-warming-crops",
                 "Ground-level ozone causes more damage to plants"),
               e("will increase world food needs by 60 percent", "ozone-warming-crops",
                 "would increase world food needs by 50 percent", drift=["number"]),
               e("Ozone pollution caused almost half of the damage to soybean crops", "ozone-warming-crops",
                 "ozone pollution caused 46 percent")]},
    {"id": "green-report", "outlet": "Green Report", "url": "https://greenreport.example/food-needs",
     "date": "2014-07-30", "title": "World food needs will rise 60 percent by 2050",
     "text": "World food needs will almost certainly rise by 60 percent by 2050, according to Science Digest.\n\n"
             "Ground-level ozone does more harm to plants than every other air pollutant combined.\n\n"
             "Farm groups said they would press governments for stricter limits on emissions.",
     "edges": [e("World food needs will almost certainly rise by 60 percent", "science-digest",
                 "will increase world food needs by 60 percent", drift=["hedge", "headline"]),
               e("Ground-level ozone does more harm to plants", "science-digest",
                 "ground-level ozone causes more damage to plants", "relay", ["attribution"])]},
    {"id": "evening-herald", "outlet": "Evening Herald", "url": "https://eveningherald.example/ottawa-papers",
     "date": "2008-08-16", "title": "Minister plays down papers found on Ottawa street",
     "text": "Environment Minister John Baird said: \u201cI'm told it's neither classified nor secret,\u201d according "
             "to Wikinews.\n\n"
             "A department spokeswoman told Wikinews that the department will look into the incident.\n\n"
             "Opposition MP Paul Dewar said the security lapses raise serious questions about the government's ability "
             "to protect sensitive documents, Wikinews reported.",
     "edges": [e("I'm told it's neither classified nor secret", "canada-sensitive-document",
                 "I'm told two things", drift=["quote"]),
               e("the department will look into the incident", "canada-sensitive-document",
                 "the department will look into the incident", drift=["source"]),
               e("the security lapses raise serious questions", "canada-sensitive-document",
                 "the combined security lapses raise serious questions")]},
    {"id": "china-watch", "outlet": "China Watch", "url": "https://chinawatch.example/lai-sentenced",
     "date": "2012-05-20", "title": "'Bandit King' Lai jailed for life",
     "text": "Lai Changxing denied the corruption charges, Wikinews reported.\n\n"
             "The court said the crimes involved huge sums and particularly serious circumstances, according to "
             "Wikinews.\n\n"
             "Lai's case is the most serious economic crime in modern Chinese history.",
     "edges": [e("Lai Changxing denied the corruption charges", "china-bandit-king-bribery", "denied corruption"),
               e("the crimes involved huge sums and particularly serious circumstances", "china-bandit-king-bribery",
                 "The crimes involve massive sums and particularly serious circumstances", drift=["source"]),
               e("Lai's case is the most serious economic crime", "china-bandit-king-bribery",
                 "it is the most serious economic crime in modern Chinese history", "relay", ["attribution"])]},
    {"id": "coast-gazette", "outlet": "Coast Gazette", "url": "https://coastgazette.example/scientology-drives",
     "date": "2010-10-10", "title": "Sheriff's office treats Scientology case as theft",
     "text": "Scientology officials said they have received the materials, according to Wikinews.\n\n"
             "A representative for the sheriff's office told Wikinews the case involving Montalvo was being dealt with "
             "as charges relating to grand theft.\n\n"
             "Montalvo's lawyer said his client would plead not guilty.",
     "edges": [e("they have received the materials", "scientology-defector-arrest", "they have not received the materials",
                 drift=["stance"]),
               e("the case involving Montalvo was being dealt with", "scientology-defector-arrest",
                 "the case involving Montalvo was being dealt with", drift=["source"])]},
    # distractors: the same topics, nothing relayed
    {"id": "tigris-daily", "outlet": "Tigris Daily", "url": "https://tigrisdaily.example/mourners", "date": "2009-10-26",
     "title": "Mourners lay flowers at Justice Ministry",
     "text": "Hundreds of mourners gathered outside the Justice Ministry on Monday to lay flowers for the victims.\n\n"
             "The provincial governor said the damaged buildings would be rebuilt within a year.\n\n"
             "Traffic police reopened two of the roads that had been closed after the blasts.", "edges": []},
    {"id": "gulf-courier", "outlet": "Gulf Courier", "url": "https://gulfcourier.example/basra-oil", "date": "2008-03-30",
     "title": "Basra oil exports unaffected by fighting",
     "text": "Oil exports from Basra's southern terminals continued normally despite the fighting, port officials "
             "said.\n\nShipping agents said tankers were still loading at the offshore platforms.", "edges": []},
    {"id": "seoul-ledger", "outlet": "Seoul Ledger", "url": "https://seoulledger.example/markets", "date": "2015-08-22",
     "title": "Border standoff rattles Seoul markets",
     "text": "South Korea's stock market fell two percent on Friday as investors worried about the standoff on the "
             "border, traders said.\n\nThe won weakened against the dollar for a third day.", "edges": []},
    {"id": "farm-journal", "outlet": "Farm Journal", "url": "https://farmjournal.example/kansas-wheat",
     "date": "2014-07-29", "title": "Kansas wheat yields fall in the heat",
     "text": "Wheat farmers in Kansas said hot weather had cut their yields this summer, according to the state's "
             "agriculture department.\n\nSoybean growers expect a better season if the rain holds.", "edges": []},
]

# Written after the code was settled and scored once, without changes after: the held-out figures.
HELD_OUT = [
    {"id": "southern-cross", "outlet": "Southern Cross", "url": "https://southerncross.example/iodine",
     "date": "2006-02-24", "title": "Half of Australian children lack iodine",
     "text": "Almost half of all Australian primary school children are mildly to moderately iodine deficient, "
             "researchers say, according to Wikinews.\n\n"
             "The report's authors say iodine deficiency is \u201cthe hidden health issue in Australia\u201d, "
             "Wikinews reported.\n\n"
             "Parents' groups said school canteens should switch to iodised salt straight away.",
     "edges": [e("Almost half of all Australian primary school children", "australia-iodine-deficiency",
                 "Almost half of all Australian primary school children"),
               e("the hidden health issue in Australia", "australia-iodine-deficiency",
                 "the sleeper health issue in Australia", drift=["quote"])]},
    {"id": "outback-echo", "outlet": "Outback Echo", "url": "https://outbackecho.example/salt",
     "date": "2006-02-25", "title": "All salt must be iodised, doctors say",
     "text": "Adding iodine to salt is the simplest and most effective way of preventing iodine deficiency "
             "disorders.\n\n"
             "Professor Cres Eastman said it is crucial that children and pregnant women have enough iodine, "
             "according to the Southern Cross.\n\n"
             "The survey covered 2,000 schoolchildren from 88 schools.",
     "edges": [e("Adding iodine to salt is the simplest and most effective way", "australia-iodine-deficiency",
                 "adding the mineral to salt is the simplest and most effective method", "pickup", ["attribution"]),
               e("The survey covered 2,000 schoolchildren from 88 schools", "australia-iodine-deficiency",
                 "A cross-sectional survey of 1709 schoolchildren", "pickup", ["number"])]},
    {"id": "space-coast-daily", "outlet": "Space Coast Daily", "url": "https://spacecoastdaily.example/shuttles",
     "date": "2011-04-13", "title": "Houston snubbed as shuttles find new homes",
     "text": "NASA Administrator Charles Bolden said: \u201cThis was a very hard decision, but one that was made "
             "with the American public in mind,\u201d according to Wikinews.\n\n"
             "A Texas senator said Houston should have been chosen as a final home for one of the orbiters, "
             "Wikinews reported.\n\n"
             "Tourism officials in Florida expect the Atlantis display to draw crowds for years.",
     "edges": [e("This was a very hard decision", "nasa-shuttle-homes", "This was a very difficult decision",
                 drift=["quote"]),
               e("Houston should have been chosen as a final home", "nasa-shuttle-homes",
                 "Houston should have been selected as a final home", drift=[])]},
    {"id": "westminster-wire", "outlet": "Westminster Wire", "url": "https://westminsterwire.example/asylum",
     "date": "2023-02-24", "title": "Asylum seekers to get questionnaires instead of interviews",
     "text": "The Home Office will issue questionnaires to about 12,000 asylum seekers from Afghanistan, Eritrea, "
             "Libya, Syria and Yemen, Wikinews reported.\n\n"
             "A Home Office spokesman said every claim will be assessed on its merits, according to Wikinews.\n\n"
             "Charities said many applicants would struggle to answer the forms in English.",
     "edges": [e("The Home Office will issue questionnaires to about 12,000 asylum seekers", "uk-asylum-questionnaire",
                 "to determine refugee status for some 12,000 asylee hopefuls", drift=["number"]),
               e("every claim will be assessed on its merits", "uk-asylum-questionnaire",
                 "every claim will be assessed meritocratically", drift=["source"])]},
    {"id": "channel-post", "outlet": "Channel Post", "url": "https://channelpost.example/binyam",
     "date": "2010-02-11", "title": "Miliband loses torture appeal",
     "text": "David Miliband said the United States had threatened to cut intelligence sharing, according to "
             "Wikinews.\n\n"
             "Binyam Mohamed was released last February without any charges being brought against him, Wikinews "
             "reported.\n\n"
             "Lawyers for Binyam Mohamed said they would now seek damages.",
     "edges": [e("the United States had threatened to cut intelligence sharing", "binyam-mohamed-appeal",
                 "the United States threatened to reduce or cease terrorism-related intelligence sharing",
                 drift=["stance"]),
               e("Binyam Mohamed was released last February", "binyam-mohamed-appeal",
                 "He was released last February without any charges")]},
    {"id": "harbour-gazette", "outlet": "Harbour Gazette", "url": "https://harbourgazette.example/shuttle-fans",
     "date": "2011-04-13", "title": "Shuttle fans gather in Florida",
     "text": "Thousands of visitors gathered near the Kennedy Space Center on Tuesday, local police said.\n\n"
             "Hotel owners said bookings had doubled for the last launch.", "edges": []},
    {"id": "iodine-distractor", "outlet": "Health Weekly", "url": "https://healthweekly.example/thyroid",
     "date": "2006-02-24", "title": "Thyroid clinics report longer waits",
     "text": "Thyroid clinics in Sydney said waiting times had grown to four months, according to the state "
             "health department.\n\nDoctors said most patients were adults.", "edges": []},
]

# Held-out set 2, written 2026-11-30 before any rule change of that round and scored once (README):
# origins are dev set articles (Wikinews, CC BY 2.5; every dev article was already an origin, so these
# retellings pass on statements no earlier chain uses); retellings and distractors written for this set.
HELD_OUT_2 = [
    {"id": "thames-courier", "outlet": "Thames Courier", "url": "https://thamescourier.example/asylum-forms",
     "date": "2023-02-24", "title": "Asylum seekers handed English-only forms",
     "text": "The asylum questionnaire must be completed in English, Wikinews reported.\n\n"
             "Figures published today show a record 54,000 migrants crossing the Channel last year, according to "
             "Wikinews.\n\n"
             "Enver Solomon, chief executive of the Refugee Council, told Sky News: \u201cMoves to cut the backlog are "
             "welcome but the answer is not more bureaucratic hurdles and threats of applications being "
             "withdrawn,\u201d according to Wikinews.\n\n"
             "The Labour Party said it had supported the idea for months, Wikinews reported.\n\n"
             "Boris Johnson rejected a similar fast-track system for 3,000 Afghan refugees in 2021 over fears it "
             "would amount to amnesty, Wikinews reported.",
     "edges": [e("The asylum questionnaire must be completed in English", "uk-asylum-questionnaire",
                 "must be completed in English"),
               e("a record 54,000 migrants crossing the Channel last year", "uk-asylum-questionnaire",
                 "migrants crossing the Channel last year", drift=["number"]),
               e("Moves to cut the backlog are welcome", "uk-asylum-questionnaire",
                 "Moves to reduce the backlog are welcome", drift=["quote"]),
               e("it had supported the idea for months", "uk-asylum-questionnaire", "her party has supported the idea",
                 drift=["source"]),
               e("Boris Johnson rejected a similar fast-track system", "uk-asylum-questionnaire",
                 "was reportedly rejected by Prime Minister Boris Johnson", drift=["hedge"])]},
    {"id": "albion-daily", "outlet": "Albion Daily", "url": "https://albiondaily.example/channel-record",
     "date": "2023-02-25", "title": "Channel crossings hit a record",
     "text": "Official figures show a record 46,000 migrants crossed the Channel last year, pushing outstanding "
             "asylum claims over 150,000.\n\n"
             "Shadow Home Secretary Yvette Cooper said it was damning that the Home Office was not doing this "
             "already.\n\n"
             "No one will be refused based solely on the response to the questionnaire.\n\n"
             "Campaigners in Dover said more families had arrived at the town's drop-in centres this winter.",
     "edges": [e("a record 46,000 migrants crossed the Channel last year", ["uk-asylum-questionnaire", "thames-courier"],
                 "migrants crossing the Channel last year", "relay", ["number"]),
               e("it was damning that the Home Office was not doing this already", "uk-asylum-questionnaire",
                 "damning that the Home Office", "relay"),
               e("No one will be refused based solely on the response", "uk-asylum-questionnaire",
                 "no one will be refused", "pickup", ["attribution"])]},
    {"id": "dover-express", "outlet": "Dover Express", "url": "https://doverexpress.example/late-forms",
     "date": "2023-02-24", "title": "Asylum claims to be withdrawn over late forms",
     "text": "A leaked letter seen by Sky News says failure to return the questionnaire may result in an asylum claim "
             "being withdrawn, according to Wikinews.\n\n"
             "Home Secretary Suella Braverman told GB News the situation in towns and cities was unsustainable, "
             "Wikinews reported.",
     "edges": [e("failure to return the questionnaire may result in an asylum claim being withdrawn",
                 "uk-asylum-questionnaire", "failure to return the questionnaire without reasonable explanation",
                 drift=["headline"]),
               e("the situation in towns and cities was unsustainable", "uk-asylum-questionnaire",
                 "we have an unsustainable situation in towns and cities")]},
    {"id": "fleet-review", "outlet": "Fleet Street Review", "url": "https://fleetreview.example/binyam-ruling",
     "date": "2010-02-11", "title": "Court orders release of Binyam Mohamed torture details",
     "text": "Foreign Office Minister Ivan Lewis admitted that the UK was complicit in torture, according to "
             "Wikinews.\n\n"
             "Miliband had argued that publication would \u201ccause serious and significant damage to the national "
             "security of this country\u201d, Wikinews reported.\n\n"
             "Ivan Lewis told the BBC that \u201cwe always make it clear that torture is unacceptable and "
             "abhorrent\u201d, according to Wikinews.\n\n"
             "Binyam Mohamed was held at the US detention centre at Guant\u00e1namo Bay from 2004 until 2009.",
     "edges": [e("the UK was complicit in torture", "binyam-mohamed-appeal", "Lewis denied that the UK was",
                 drift=["stance"]),
               e("cause serious and significant damage", "binyam-mohamed-appeal", "cause real and significant damage",
                 drift=["quote"]),
               e("we always make it clear that torture is unacceptable", "binyam-mohamed-appeal",
                 "we always make it clear that torture is unacceptable"),
               e("Binyam Mohamed was held at the US detention centre", "binyam-mohamed-appeal",
                 "from 2004 until 2009 he was held", "relay")]},
    {"id": "whitehall-letter", "outlet": "Whitehall Letter", "url": "https://whitehallletter.example/secrets",
     "date": "2010-02-12", "title": "Torture details kept secret to protect intelligence sharing",
     "text": "David Miliband argued that publication would \u201ccause serious and significant damage to the "
             "national security of this country\u201d, according to the Fleet Street Review.\n\n"
             "The paragraphs were kept secret over fears publication would jeopardise intelligence sharing between "
             "the US and UK.\n\n"
             "Human rights groups in London called for a public inquiry into the case.",
     "edges": [e("cause serious and significant damage", "fleet-review", "cause serious and significant damage"),
               e("The paragraphs were kept secret over fears", "binyam-mohamed-appeal",
                 "kept secret over fears publication would jeopardise", "pickup", ["hedge"])]},
    {"id": "han-river-times", "outlet": "Han River Times", "url": "https://hanrivertimes.example/loudspeaker",
     "date": "2015-08-22", "title": "North Korea fires at South Korean loudspeaker",
     "text": "North Korea likely fired artillery rounds aimed at a loudspeaker in South Korea, Wikinews reported.\n\n"
             "South Korea had started to broadcast propaganda from loudspeakers after an 11-year lull, according to "
             "Wikinews.\n\n"
             "KCNA said the South fired 63 shells at KPA civil police posts, according to Wikinews.\n\n"
             "The South retaliated by firing dozens of rounds of artillery into the North.",
     "edges": [e("North Korea likely fired artillery rounds", "north-korea-quasi-war",
                 "North Korea fired artillery rounds aimed at a loudspeaker", drift=["hedge", "headline"]),
               e("South Korea had started to broadcast propaganda", "north-korea-quasi-war",
                 "South Korea had recently started to broadcast propaganda"),
               e("the South fired 63 shells at KPA civil police posts", "north-korea-quasi-war",
                 "firing 36 shells at KPA civil police posts", drift=["number"]),
               e("The South retaliated by firing dozens of rounds", "north-korea-quasi-war",
                 "The South retaliated by firing dozens of rounds", "relay")]},
    {"id": "korea-wire", "outlet": "Korea Wire", "url": "https://koreawire.example/border",
     "date": "2015-08-23", "title": "Families leave border towns as tension rises",
     "text": "North Korea almost certainly fired artillery rounds at a loudspeaker in South Korea, the Han River Times "
             "reported.\n\n"
             "KCNA said the South fired 63 shells at KPA civil police posts, according to the Han River Times.\n\n"
             "Farmers near Yeoncheon said they had moved their cattle away from the border.",
     "edges": [e("North Korea almost certainly fired artillery rounds", "han-river-times",
                 "North Korea likely fired artillery rounds", drift=["hedge"]),
               e("the South fired 63 shells at KPA civil police posts", "han-river-times",
                 "the South fired 63 shells at KPA civil police posts")]},
    {"id": "sunshine-sentinel", "outlet": "Sunshine Sentinel", "url": "https://sunshinesentinel.example/montalvo",
     "date": "2010-10-10", "title": "Scientology defector freed on bail",
     "text": "Montalvo was released on US$ 50,000 bail on Thursday, Wikinews reported.\n\n"
             "A sheriff's spokesman told LA Weekly that the alleged crime involved five hard drives each worth $200, "
             "according to Wikinews.\n\n"
             "Rathbun said the Scientology property was returned by mail to the organization by Montalvo, according "
             "to Wikinews.\n\n"
             "A Scientology official claimed Montalvo left the organization with computer hard drives, according to "
             "Wikinews.\n\n"
             "The Sea Org requires members to sign a billion-year contract.\n\n"
             "Montalvo left Scientology-related employment in Los Angeles on September 24.",
     "edges": [e("Montalvo was released on US$ 50,000 bail", "scientology-defector-arrest",
                 "He was released on US$ 20,000 bail", drift=["number"]),
               e("the alleged crime involved five hard drives", "scientology-defector-arrest",
                 "the alleged crime involved five hard drives", drift=["source"]),
               e("the Scientology property was returned by mail", "scientology-defector-arrest",
                 "the Scientology property in question was returned by mail"),
               e("Montalvo left the organization with computer hard drives", "scientology-defector-arrest",
                 "Montalvo allegedly left the organization with computer hard drives", drift=["source", "hedge"]),
               e("The Sea Org requires members to sign a billion-year contract", "scientology-defector-arrest",
                 "The Sea Org requires members to sign", "relay"),
               e("Montalvo left Scientology-related employment in Los Angeles", "scientology-defector-arrest",
                 "Montalvo left Scientology-related employment in Los Angeles", "relay", ["attribution"])]},
    {"id": "rideau-record", "outlet": "Rideau Record", "url": "https://rideaurecord.example/street-papers",
     "date": "2008-08-16", "title": "Security papers found in a brown envelope",
     "text": "Environment Canada spokesperson Julie Hahn said Protected B documents apply to letters of complaint and "
             "research notes, according to Wikinews.\n\n"
             "Paul Dewar said: \u201cThis government is so obsessed with control of information and secrecy yet they "
             "can't seem to get the basics right,\u201d Wikinews reported.\n\n"
             "The 113-page document was found on Castlefrank Road in Kanata by a passerby, according to Wikinews.",
     "edges": [e("Protected B documents apply to letters of complaint", "canada-sensitive-document",
                 "they apply to letters of complaint"),
               e("This government is so obsessed with control", "canada-sensitive-document",
                 "This government is so consumed with control", drift=["quote"]),
               e("The 113-page document was found on Castlefrank Road", "canada-sensitive-document",
                 "The 131-page document was found on Castlefrank Road", drift=["number"])]},
    {"id": "pearl-river-post", "outlet": "Pearl River Post", "url": "https://pearlriverpost.example/lai-bribes",
     "date": "2012-05-20", "title": "Lai paid local officials millions in bribes",
     "text": "Lai paid 46 local officials a total of almost \u00a34 million in bribes.\n\n"
             "Hundreds more officials remain to be convicted.\n\n"  # not last: the cleaner drops a short closing line
             "Premier Zhu Rongji said \u201cIf Lai was executed three times over, it would not be too much\u201d, "
             "according to Wikinews.\n\n"
             "The court said the sums involved were unusually large and the details extraordinarily serious, Wikinews "
             "reported.",
     "edges": [e("Lai paid 46 local officials a total of almost", "china-bandit-king-bribery",
                 "He paid 64 local officials a total of almost", "relay", ["number"]),
               e("If Lai was executed three times over", "china-bandit-king-bribery",
                 "If Lai was executed three times over"),
               e("the sums involved were unusually large", "china-bandit-king-bribery",
                 "the sums involved are unusually large"),
               e("Hundreds more officials remain to be convicted", "china-bandit-king-bribery",
                 "it is estimated hundreds more remain", "relay", ["hedge"])]},
    {"id": "gulf-coast-mirror", "outlet": "Gulf Coast Mirror", "url": "https://gulfcoastmirror.example/seattle",
     "date": "2011-04-14", "title": "Seattle misses out on a shuttle",
     "text": "Seattle would have been a perfect fit for a retired shuttle.\n\n"
             "Governor Chris Gregoire said visitors will be allowed in the other shuttles, according to Wikinews.\n\n"
             "Senator John Cornyn said \u201cpolitical favors trumped common sense and fairness in the selection of the "
             "final locations\u201d, Wikinews reported.",
     "edges": [e("Seattle would have been a perfect fit", "nasa-shuttle-homes", "Seattle would have been a perfect fit",
                 "relay", ["attribution"]),
               e("visitors will be allowed in the other shuttles", "nasa-shuttle-homes",
                 "Visitors will not be allowed in the other shuttles", drift=["stance"]),
               e("political favors trumped common sense", "nasa-shuttle-homes", "political favors trumped common sense")]},
    # distractors: the same topics (and some of the same numbers), nothing relayed
    {"id": "kent-harbour-news", "outlet": "Kent Harbour News", "url": "https://kentharbournews.example/boats",
     "date": "2023-02-25", "title": "Dover tows in a record number of small boats",
     "text": "Harbour officials said 1,200 small boats had been towed into Dover since 2020, a record for the port.\n\n"
             "Ferry operators said bookings for the spring were up on last year.", "edges": []},
    {"id": "dmz-tribune", "outlet": "DMZ Tribune", "url": "https://dmztribune.example/promotions",
     "date": "2015-08-22", "title": "North Korean soldiers promoted",
     "text": "The North's state media said 36 soldiers had been promoted for bravery at the civil police posts.\n\n"
             "South Korean troops fired warning shots at a North Korean patrol boat near the sea border last year, "
             "navy officials said.", "edges": []},
    {"id": "xiamen-business", "outlet": "Xiamen Business Daily", "url": "https://xiamenbusiness.example/port",
     "date": "2012-05-20", "title": "Xiamen port handles record car imports",
     "text": "Local officials said 64 new factories had opened in the city's free-trade zone.\n\n"
             "Xiamen's port handled a record volume of cars and oil last year, customs officials said.", "edges": []},
    {"id": "la-metro", "outlet": "LA Metro News", "url": "https://lametronews.example/theft",
     "date": "2010-10-10", "title": "Sheriff arrests 20 in computer theft ring",
     "text": "The Los Angeles Sheriff's office said it had arrested 20 people in a separate theft case involving "
             "stolen computer hard drives.\n\nDetectives said the drives were worth about $200 each.", "edges": []},
]

# Held-out set 3, written 2026-11-30 blind to the trace rules (neither the rules, their tests nor the README's
# account of them were read) and not scored by its author: the lead scores it once. Origins are dev set
# articles (Wikinews, CC BY 2.5; statements no earlier chain uses) and two wire reports written for this set
# (Meridian Press, Northline Wire: invented events, places and people), one of them syndicated whole.
HELD_OUT_3 = [
    # origins written for this set: an agency's own reporting, with named and anonymous speakers
    {"id": "meridian-leak", "outlet": "Meridian Press", "url": "https://meridianpress.example/2021/03/14/kestrel-bay-leak",
     "date": "2021-03-14", "title": "Ammonia leak at Kestrel Bay fertiliser plant sends dozens to hospital",
     "text": "KESTREL BAY, March 14 (Meridian Press) - At least 41 people were treated in hospital for breathing "
             "problems after ammonia leaked from a fertiliser plant on the edge of this port town on Sunday, regional "
             "health officer Ilse Maren said.\n\n"
             "A faulty pressure valve probably caused the leak, two engineers familiar with the company's initial "
             "inspection told Meridian Press. They spoke on condition of anonymity because the inspection has not "
             "been made public.\n\n"
             "\u201cThere was no danger to the public at any point,\u201d plant manager Tomas Averin told reporters "
             "at the gates.\n\n"
             "Residents of the Harrowgate estate, which borders the plant, said they had been told to shut their "
             "windows more than an hour after the smell reached their streets.\n\n"
             "The plant failed two safety inspections in 2019 and 2020, according to inspection records seen by "
             "Meridian Press. The owner, Corvane Agrochemicals, did not respond to questions about the records.\n\n"
             "A company official, who asked not to be named because he was not authorised to speak to the media, "
             "said the plant may stay closed for several weeks while its valve system is replaced.\n\n"
             "Environment ministry spokeswoman Dana Kirov said the ministry had opened an investigation and did not "
             "rule out fines for the company.\n\n"
             "The plant employs about 300 people and supplies most of the fertiliser used by farms in the region.",
     "edges": []},
    {"id": "northline-trains", "outlet": "Northline Wire", "url": "https://northlinewire.example/2022/11/08/halden-cracks",
     "date": "2022-11-08", "title": "Halden Rail pulls 12 trains after cracks found in wheel frames",
     "text": "HALDEN, Nov 8 (Northline Wire) - Halden Rail has taken 12 of its 30 regional trains out of service "
             "after inspectors found cracks in their wheel frames, the operator said on Tuesday.\n\n"
             "The trains are likely to remain out of service until the end of January, a transport ministry official "
             "told Northline Wire, speaking on condition of anonymity because the repair plan has not been agreed.\n\n"
             "Drivers had warned managers about vibrations on the trains for at least two years, said Jonas Ekholt, "
             "regional secretary of the train drivers' union. \u201cWe reported it again and again and nothing was "
             "done,\u201d he said.\n\n"
             "Halden Rail chief executive Petra Nyland said the company had found no evidence that the cracks were "
             "linked to the vibrations drivers had reported.\n\n"
             "The manufacturer, Brisk Rolling Stock, denied that the cracks were caused by a design fault. \u201cOur "
             "frames meet every standard that applies to them,\u201d spokeswoman Anouk Verlaan said.\n\n"
             "Transport Minister Odile Brann said passengers would be refunded for cancelled journeys. "
             "\u201cPassengers will not pay for this failure,\u201d she told Northline Wire.\n\n"
             "Replacement buses will run on the two busiest lines from Wednesday, the operator said.",
     "edges": []},
    # retellings of the Meridian Press report: a syndicated copy, a relay, and a second hop through the relay
    {"id": "valley-tribune", "outlet": "Valley Tribune", "url": "https://valleytribune.example/news/ammonia-leak",
     "date": "2021-03-15", "title": "Dozens treated in hospital after ammonia leak",
     "text": "KESTREL BAY, March 14 (Meridian Press) - At least 41 people were treated in hospital for breathing "
             "problems after ammonia leaked from a fertiliser plant on the edge of this port town on Sunday, regional "
             "health officer Ilse Maren said.\n\n"
             "A faulty pressure valve probably caused the leak, two engineers familiar with the company's initial "
             "inspection told Meridian Press. They spoke on condition of anonymity because the inspection has not "
             "been made public.\n\n"
             "\u201cThere was no danger to the public at any point,\u201d plant manager Tomas Averin told reporters "
             "at the gates.\n\n"
             "Residents of the Harrowgate estate, which borders the plant, said they had been told to shut their "
             "windows more than an hour after the smell reached their streets.",
     "edges": [e("At least 41 people were treated in hospital", "meridian-leak",
                 "At least 41 people were treated in hospital", "copy"),
               e("A faulty pressure valve probably caused the leak", "meridian-leak",
                 "A faulty pressure valve probably caused the leak", "copy"),
               e("There was no danger to the public at any point", "meridian-leak",
                 "There was no danger to the public at any point", "copy"),
               e("they had been told to shut their windows", "meridian-leak", "they had been told to shut their windows",
                 "copy")]},
    {"id": "eastshore-herald", "outlet": "Eastshore Herald", "url": "https://eastshoreherald.example/kestrel-bay-valve",
     "date": "2021-03-15", "title": "Faulty valve caused Kestrel Bay ammonia leak",
     "text": "A faulty pressure valve probably caused Sunday's ammonia leak at a fertiliser plant in Kestrel Bay, "
             "engineers who saw the company's first inspection told Meridian Press.\n\n"
             "About 40 people were taken to hospital with breathing difficulties, the regional health office said, "
             "according to Meridian Press.\n\n"
             "Plant manager Tomas Averin insisted the public had never been in danger, Meridian Press reported.\n\n"
             "Harrowgate residents have called a public meeting for Thursday evening at the community hall to demand "
             "answers from the company.",
     "edges": [e("A faulty pressure valve probably caused Sunday's ammonia leak", "meridian-leak",
                 "A faulty pressure valve probably caused the leak", drift=["headline"]),
               e("About 40 people were taken to hospital", "meridian-leak", "At least 41 people were treated in hospital",
                 drift=["number", "source"]),
               e("the public had never been in danger", "meridian-leak",
                 "There was no danger to the public at any point")]},
    {"id": "ridgeway-courier", "outlet": "Ridgeway Courier", "url": "https://ridgewaycourier.example/corvane-closure",
     "date": "2021-03-16", "title": "Kestrel Bay fertiliser plant to stay shut for weeks",
     "text": "Sunday's ammonia leak in Kestrel Bay was caused by a faulty pressure valve, engineers said, according to "
             "the Eastshore Herald.\n\n"
             "The Corvane Agrochemicals plant will stay closed for several weeks while its valve system is "
             "replaced.\n\n"
             "The plant failed three safety inspections in the two years before the leak, a Meridian Press report "
             "found.\n\n"
             "Environment ministry spokeswoman Dana Kirov ruled out fines for the company, according to Meridian "
             "Press.\n\n"
             "Fishermen working out of the harbour said they had seen no dead fish in the bay since the leak.",
     "edges": [e("was caused by a faulty pressure valve", "eastshore-herald",
                 "A faulty pressure valve probably caused Sunday's ammonia leak", drift=["hedge"]),
               e("will stay closed for several weeks", "meridian-leak", "may stay closed for several weeks", "relay",
                 ["hedge", "attribution"]),
               e("The plant failed three safety inspections", "meridian-leak", "The plant failed two safety inspections",
                 drift=["number"]),
               e("ruled out fines for the company", "meridian-leak", "did not rule out fines for the company",
                 drift=["stance"])]},
    # retellings of the Northline Wire report, one through an intermediate
    {"id": "fjordland-post", "outlet": "Fjordland Post", "url": "https://fjordlandpost.example/halden-trains",
     "date": "2022-11-09", "title": "Cracked Halden trains to stay off the tracks until end of January",
     "text": "Halden Rail's cracked trains are likely to stay out of service until the end of January, a ministry "
             "official told Northline Wire.\n\n"
             "The operator pulled 12 of its 30 regional trains from service after cracks were found in their wheel "
             "frames, Northline Wire reported.\n\n"
             "Halden Rail chief executive Petra Nyland said the cracks were linked to the vibrations drivers had "
             "reported, according to Northline Wire.\n\n"
             "\u201cPassengers will not pay for this mess,\u201d Transport Minister Odile Brann said, according to "
             "Northline Wire.\n\n"
             "Commuters queued for replacement buses outside Halden station on Wednesday morning as the first "
             "cancellations took effect.",
     "edges": [e("likely to stay out of service until the end of January", "northline-trains",
                 "likely to remain out of service until the end of January", drift=["headline"]),
               e("pulled 12 of its 30 regional trains from service", "northline-trains",
                 "has taken 12 of its 30 regional trains out of service"),
               e("the cracks were linked to the vibrations drivers had reported", "northline-trains",
                 "found no evidence that the cracks were linked to the vibrations", drift=["stance"]),
               e("Passengers will not pay for this mess", "northline-trains", "Passengers will not pay for this failure",
                 drift=["quote"])]},
    {"id": "midland-express", "outlet": "Midland Express", "url": "https://midlandexpress.example/rail-union",
     "date": "2022-11-10", "title": "Union says drivers warned of train faults for two years",
     "text": "Train drivers warned Halden Rail managers about vibrations for at least two years before the cracks were "
             "found, the drivers' union told Northline Wire.\n\n"
             "The trains will be out of service until the end of January, the Fjordland Post reported, citing a "
             "ministry official.\n\n"
             "Brisk Rolling Stock, which built the trains, admitted that the cracks were caused by a design fault, "
             "according to Northline Wire.\n\n"
             "The union said it would ballot its members on strike action if the operator did not publish the "
             "inspection reports.",
     "edges": [e("warned Halden Rail managers about vibrations for at least two years", "northline-trains",
                 "Drivers had warned managers about vibrations on the trains for at least two years", drift=["source"]),
               e("The trains will be out of service until the end of January", "fjordland-post",
                 "likely to stay out of service until the end of January", drift=["hedge"]),
               e("admitted that the cracks were caused by a design fault", "northline-trains",
                 "denied that the cracks were caused by a design fault", drift=["stance"])]},
    # retellings of dev set articles
    {"id": "riverside-chronicle", "outlet": "Riverside Chronicle", "url": "https://riversidechronicle.example/iodine-salt",
     "date": "2006-02-24", "title": "Only a tenth of Australian salt is iodised",
     "text": "Only 10 per cent of Australian salt has iodine added to it, Professor Cres Eastman said, according to "
             "Wikinews.\n\n"
             "Senior researcher Mu Li of the University of NSW said pregnant women and breastfeeding mothers are also "
             "iodine deficient, Wikinews reported.\n\n"
             "Eastman said food manufacturers would switch to iodised salt of their own accord, according to "
             "Wikinews.\n\n"
             "Salt producers said changing their packaging and supply contracts would take at least a year.",
     "edges": [e("Only 10 per cent of Australian salt has iodine added", "australia-iodine-deficiency",
                 "iodine is added to only 10 per cent of Australian salt"),
               e("pregnant women and breastfeeding mothers are also iodine deficient", "australia-iodine-deficiency",
                 "it is reasonable to assume that pregnant women and breastfeeding mothers are also iodine deficient",
                 drift=["hedge"]),
               e("food manufacturers would switch to iodised salt of their own accord", "australia-iodine-deficiency",
                 "I suspect they won't do that on a voluntary basis", drift=["stance", "hedge"])]},
    {"id": "bay-health-news", "outlet": "Bay Health News", "url": "https://bayhealthnews.example/pregnancy-iodine",
     "date": "2006-02-25", "title": "Pregnant women lack iodine, researchers warn",
     "text": "Pregnant women and breastfeeding mothers are probably iodine deficient as well, researcher Mu Li said, "
             "according to the Riverside Chronicle.\n\n"
             "Food Standards Australia New Zealand said the issue was complicated and would take time to get right, "
             "Wikinews reported.\n\n"
             "Midwives in Brisbane said they had started advising expectant mothers to ask their doctors about iodine "
             "supplements.",
     "edges": [e("Pregnant women and breastfeeding mothers are probably iodine deficient", "riverside-chronicle",
                 "pregnant women and breastfeeding mothers are also iodine deficient", drift=["hedge", "headline"]),
               e("the issue was complicated and would take time to get right", "australia-iodine-deficiency",
                 "the issue is complicated and will take time to get right", drift=["source"])]},
    {"id": "murray-valley-times", "outlet": "Murray Valley Times", "url": "https://murrayvalleytimes.example/dairy-iodine",
     "date": "2006-02-26", "title": "Dairy sanitisers blamed for falling iodine levels",
     "text": "\u201cPregnant women in Australia are getting about half of what they need every day,\u201d said Professor "
             "Cres Eastman, who directed the national study.\n\n"
             "The fall in iodine intake is due to changes in the dairy industry, where chlorine-based sanitisers have "
             "replaced ones containing iodine.\n\n"
             "The valley's largest dairy co-operative said it would test its milk for iodine over the coming months.",
     "edges": [e("Pregnant women in Australia are getting about half of what they need", "australia-iodine-deficiency",
                 "Pregnant women in Australia are getting about half as much as what they require", "relay", ["quote"]),
               e("The fall in iodine intake is due to changes in the dairy industry", "australia-iodine-deficiency",
                 "the decline in iodine intake appears to be due to changes in the dairy industry", "pickup",
                 ["attribution", "hedge"])]},
    {"id": "euphrates-post", "outlet": "Euphrates Post", "url": "https://euphratespost.example/baghdad-warning",
     "date": "2009-10-26", "title": "More Baghdad attacks will come before election, authorities warn",
     "text": "More than 600 people were wounded in the two bombings, the worst attacks in Iraq for over two years, "
             "Wikinews reported.\n\n"
             "The authorities warned that more attacks could take place before January's parliamentary elections, "
             "according to Wikinews.\n\n"
             "Security forces added checkpoints on the bridges over the Tigris on Monday morning, causing long queues "
             "of traffic.",
     "edges": [e("More than 600 people were wounded in the two bombings", "baghdad-car-bombings",
                 "Over 500 were hurt in the attacks", drift=["number"]),
               e("more attacks could take place before January's parliamentary elections", "baghdad-car-bombings",
                 "more such attacks could take place", drift=["headline"])]},
    {"id": "shatt-times", "outlet": "Shatt Times", "url": "https://shatttimes.example/sadr-arms",
     "date": "2008-03-30", "title": "Sadr aide sets a condition for the militia to give up arms",
     "text": "Salah al-Obaidi, a top aide to Muqtada al-Sadr, said the cleric had told his followers not to surrender "
             "their arms except to a state that can throw out the occupation, according to Wikinews.\n\n"
             "Shiite lawmaker Nassar al-Rubaie said: \u201cWe condemn the government asking foreign forces to bomb our "
             "people,\u201d Wikinews reported.\n\n"
             "The government has given the militia until April 18 to give up its weapons, Wikinews reported.\n\n"
             "Long queues formed outside bakeries in Basra as the curfew was lifted for four hours on Sunday "
             "afternoon.",
     "edges": [e("not to surrender their arms except to a state that can throw out the occupation", "basra-airstrikes",
                 "not to surrender our arms except to a state that can throw out the occupation"),
               e("We condemn the government asking foreign forces to bomb our people", "basra-airstrikes",
                 "We condemn the government asking occupation forces to carry out airstrikes against our people",
                 drift=["quote"]),
               e("until April 18 to give up its weapons", "basra-airstrikes", "until April 8 to give up their arms",
                 drift=["number"])]},
    {"id": "mesopotamia-today", "outlet": "Mesopotamia Today", "url": "https://mesopotamiatoday.example/sadr-city-police",
     "date": "2008-03-31", "title": "Sadr City police hand weapons to Mahdi Army",
     "text": "Muqtada al-Sadr has told his fighters not to give up their weapons except to a state that can expel the "
             "occupation, a senior aide said, according to the Shatt Times.\n\n"
             "About 40 policemen in Sadr City handed their weapons to the Mahdi Army's local office, some of them "
             "wearing masks.\n\n"
             "The Iraqi army said it had opened a second road into Basra for convoys carrying food and medicine.",
     "edges": [e("not to give up their weapons except to a state that can expel the occupation", "shatt-times",
                 "not to surrender their arms except to a state that can throw out the occupation", drift=["source"]),
               e("About 40 policemen in Sadr City handed their weapons", "basra-airstrikes",
                 "Around 40 Sadr City policemen handed over their weapons", "pickup")]},
    {"id": "clyde-observer", "outlet": "Clyde Observer", "url": "https://clydeobserver.example/lockerbie-families",
     "date": "2012-05-24", "title": "Lockerbie father 'satisfied' Megrahi had nothing to do with bombing",
     "text": "Susan Cohen, whose daughter was killed in the bombing, called al-Megrahi \u201ca mass murderer\u201d who "
             "\u201cdeserved to die\u201d, according to Wikinews.\n\n"
             "Jim Swire told the BBC he had been \u201csatisfied for many years that this man had nothing to do with "
             "the murder of my daughter\u201d, Wikinews reported.\n\n"
             "Church leaders in Lockerbie said they would hold a service of remembrance for the victims' families on "
             "Sunday.",
     "edges": [e("a mass murderer", "lockerbie-megrahi-buried", "a mass murderer"),
               e("satisfied for many years that this man had nothing to do with the murder", "lockerbie-megrahi-buried",
                 "satisfied for some years that this man was nothing to do with the murder", drift=["quote"])]},
    {"id": "highland-wire", "outlet": "Highland Wire", "url": "https://highlandwire.example/lockerbie-inquiry",
     "date": "2012-05-25", "title": "Lockerbie investigation still open",
     "text": "The investigation into the Lockerbie bombing remains open, days after the death of the only man convicted "
             "of it.\n\n"
             "Relatives of the victims described al-Megrahi as \u201ca mass murderer\u201d who \u201cdeserved to "
             "die\u201d, the Clyde Observer reported.\n\n"
             "His brother Mohammed al-Megrahi said there never was exact proof against him, according to Wikinews.\n\n"
             "Campaigners in Edinburgh said they would press for a new appeal to be heard on behalf of his family.",
     "edges": [e("The investigation into the Lockerbie bombing remains open", "lockerbie-megrahi-buried",
                 "the investigation into the Lockerbie bombing is ongoing", "relay", ["attribution"]),
               e("a mass murderer", "clyde-observer", "a mass murderer", drift=["source"]),
               e("there never was exact proof", "lockerbie-megrahi-buried", "never was exact proof")]},
    {"id": "fujian-monitor", "outlet": "Fujian Monitor", "url": "https://fujianmonitor.example/lai-verdict",
     "date": "2012-05-20", "title": "Investigators questioned thousands in 'Bandit King' case",
     "text": "Investigators examined more than 10,000 suspects in the Lai Changxing case, according to Wikinews.\n\n"
             "China is believed to have promised Canada that Lai would be spared the death penalty.\n\n"
             "Xiamen residents interviewed outside the courthouse were divided over whether the sentence was too "
             "harsh.",
     "edges": [e("Investigators examined more than 10,000 suspects", "china-bandit-king-bribery",
                 "examined more than 1,000 suspects", drift=["number"]),
               e("promised Canada that Lai would be spared the death penalty", "china-bandit-king-bribery",
                 "a Chinese promise Lai would be spared the death penalty", "relay", ["hedge"])]},
    {"id": "incheon-herald", "outlet": "Incheon Herald", "url": "https://incheonherald.example/kcna-warning",
     "date": "2015-08-22", "title": "North Korea says border clash 'deserves harsh punishment'",
     "text": "KCNA said the \u201cfoolhardy provocation deserves harsh punishment\u201d, Wikinews reported.\n\n"
             "Kim Jong-un has ordered the army's front-line units to enter a wartime state and be ready for surprise "
             "operations.\n\n"
             "South Korea has said it will not stop the loudspeaker broadcasts, according to Wikinews.\n\n"
             "Schools in the border county of Yeoncheon stayed closed on Saturday and residents were told to stay near "
             "shelters.",
     "edges": [e("foolhardy provocation deserves harsh punishment", "north-korea-quasi-war",
                 "Foolhardy provocation deserves harsh punishment"),
               e("Kim Jong-un has ordered the army's front-line units to enter a wartime state", "north-korea-quasi-war",
                 "front-line large combined units of the KPA should enter a wartime state", "relay", ["attribution"]),
               e("it will not stop the loudspeaker broadcasts", "north-korea-quasi-war",
                 "South Korea says the broadcasts will continue")]},
    {"id": "agri-science-weekly", "outlet": "Agri Science Weekly", "url": "https://agriscienceweekly.example/ozone-yields",
     "date": "2014-07-29", "title": "Cleaner air will raise crop yields",
     "text": "An air-quality cleanup could improve crop yields, study co-author Colette Heald said, according to "
             "Wikinews.\n\n"
             "Surface ozone across the United States fell by a quarter on average between 1980 and 2012.\n\n"
             "Grain traders said the study was unlikely to change prices for this year's harvest.",
     "edges": [e("An air-quality cleanup could improve crop yields", "ozone-warming-crops",
                 "An air-quality cleanup would improve crop yields", drift=["hedge", "headline"]),
               e("Surface ozone across the United States fell by a quarter", "ozone-warming-crops",
                 "surface ozone has declined by 25 percent on average across the U.S.", "relay", ["attribution"])]},
    {"id": "clearwater-ledger", "outlet": "Clearwater Ledger", "url": "https://clearwaterledger.example/montalvo",
     "date": "2010-10-10", "title": "Scientology defector turned himself in, sheriff's office says",
     "text": "Daniel Montalvo walked into the lobby of the East Los Angeles sheriff's station and turned himself in, "
             "a sheriff's spokesman told LA Weekly, according to Wikinews.\n\n"
             "Mark Rathbun said a church lawyer questioned Montalvo for four hours in an office on the 33rd floor, "
             "Wikinews reported.\n\n"
             "Montalvo then sat in a cell for the next 30 hours.\n\n"
             "A hearing in the case has been set for next month, according to court records in Los Angeles.",
     "edges": [e("walked into the lobby of the East Los Angeles sheriff's station and turned himself in",
                 "scientology-defector-arrest", "walked into lobby of the East L.A. station and turned himself in",
                 drift=["source"]),
               e("a church lawyer questioned Montalvo for four hours", "scientology-defector-arrest",
                 "a pricy church lawyer interrogated him for two hours", drift=["number"]),
               e("Montalvo then sat in a cell for the next 30 hours", "scientology-defector-arrest",
                 "he's in a cell where he sat for the next 30 hours", "relay", ["attribution"])]},
    {"id": "solent-evening-news", "outlet": "Solent Evening News", "url": "https://solenteveningnews.example/asylum-forms",
     "date": "2023-02-24", "title": "Asylum seekers given 20 working days to return forms",
     "text": "The questionnaire must be returned within twenty working days, Wikinews reported.\n\n"
             "The Home Office has plans to extend the questionnaire to other claimants awaiting a decision, according "
             "to Wikinews.\n\n"
             "Campaigner Caitlin Boswell called the move \u201cclumsy, thoughtless and could put people's safety at "
             "risk\u201d, Wikinews reported.\n\n"
             "Volunteers in Southampton said they had begun running evening sessions to help applicants fill in the "
             "forms.",
     "edges": [e("must be returned within twenty working days", "uk-asylum-questionnaire",
                 "must be returned within twenty working days"),
               e("The Home Office has plans to extend the questionnaire", "uk-asylum-questionnaire",
                 "no current plans to expand the scheme exist", drift=["stance"]),
               e("clumsy, thoughtless and could put people's safety at risk", "uk-asylum-questionnaire",
                 "clumsy, unthinking and could put people", drift=["quote"])]},
    # distractors: the same events, other claims (an opposite claim by someone else, shared figures and names)
    {"id": "dairy-week", "outlet": "Dairy Week", "url": "https://dairyweek.example/milk-iodine", "date": "2006-02-27",
     "title": "Dairy growers say milk is still rich in iodine",
     "text": "The National Dairy Growers' Council said chlorine-based sanitisers had not reduced the iodine content of "
             "milk, citing its own tests on 300 farms.\n\n"
             "A council spokesman said milk remained one of the best sources of iodine for children and that farmers "
             "would welcome an independent study.", "edges": []},
    {"id": "coastal-farmer", "outlet": "Coastal Farmer", "url": "https://coastalfarmer.example/fertiliser-prices",
     "date": "2021-03-16", "title": "Fertiliser prices climb after Kestrel Bay plant stops production",
     "text": "Fertiliser prices in the region rose by about 4 percent this week after the Corvane plant in Kestrel Bay "
             "stopped production, grain merchants said.\n\n"
             "Farmers' union president Piet Arnoud said spring planting would go ahead as usual because most farms had "
             "bought their fertiliser in the autumn.", "edges": []},
    {"id": "dumfries-ledger", "outlet": "Dumfries Ledger", "url": "https://dumfriesledger.example/lockerbie-candles",
     "date": "2012-05-27", "title": "Lockerbie lights 270 candles",
     "text": "Residents of Lockerbie lit 270 candles in the town's garden of remembrance on Saturday evening, one for "
             "each person who died in the bombing, organisers said.\n\n"
             "A local councillor said the town wanted to be known for the kindness of its people and not only for the "
             "disaster of 1988.", "edges": []},
    {"id": "paju-times", "outlet": "Paju Times", "url": "https://pajutimes.example/border-tanks", "date": "2015-08-23",
     "title": "South Korea moves armour to the border",
     "text": "South Korea's army said it had moved 80 tanks and self-propelled guns closer to the border since "
             "Thursday.\n\n"
             "Defence officials in Seoul said they had seen no sign that North Korean troops had crossed the military "
             "demarcation line.", "edges": []},
    {"id": "valley-sun", "outlet": "Valley Sun", "url": "https://valleysun.example/church-statement", "date": "2010-10-11",
     "title": "Church says it never sought defector's arrest",
     "text": "A spokeswoman for the church said Scientology had never asked the sheriff's office to arrest Montalvo and "
             "had only reported missing property.\n\n"
             "She said the church wished Montalvo well and hoped the matter could be settled quickly.", "edges": []},
]

# Held-out set 4, written 2026-11-30 blind to the trace rules (neither the rules, their tests nor the README's
# account of them were read, and the system was not run on these articles) and not scored by its author: the
# lead scores it once. Origins are two wire reports written for this set (Cobalt Press, Harrier News Service:
# invented events, places, people and companies) and dev set articles (Wikinews, CC BY 2.5; statements no
# earlier chain uses). Credits take the forms outlets use ("told", "according to a report by", "first reported",
# "said in a report on Tuesday", "in an interview with", "as reported by", "citing", a short name, a domain);
# one retelling is another outlet's article republished whole, two are trimmed wire copies.
HELD_OUT_4 = [
    # origins written for this set: an agency's own reporting, with named and anonymous speakers
    {"id": "cobalt-recall", "outlet": "Cobalt Press", "url": "https://cobaltpress.example/2024/06/11/vellmark-corvisol-recall",
     "date": "2024-06-11", "title": "Vellmark recalls 180,000 packs of heart drug after solvent found",
     "text": "MARROWICK, June 11 (Cobalt Press) - Vellmark Pharmaceuticals is recalling about 180,000 packs of its "
             "blood-pressure tablet Corvisol after tests found traces of an industrial solvent in three production "
             "batches, the company said on Tuesday.\n\n"
             "The contamination likely came from a raw-material supplier in the port city of Dunmere, three people "
             "familiar with the company's internal review told Cobalt Press. They asked not to be named because the "
             "review has not been completed.\n\n"
             "\u201cWe have seen no evidence that any patient has been harmed,\u201d Vellmark's medical director, "
             "Dr. Helena Strand, said in a statement.\n\n"
             "The National Medicines Agency said it had received 14 reports of dizziness and nausea from patients "
             "taking Corvisol since April, but that it was too early to say whether they were linked to the recalled "
             "batches.\n\n"
             "Two pharmacists in Marrowick said they had been asked to take the packs off their shelves on Friday, "
             "four days before the recall was announced.\n\n"
             "Vellmark denied that it had known about the test results for weeks before it informed the agency. "
             "\u201cThe moment we had confirmed results, we told the regulator,\u201d company spokesman Ivo Brandt "
             "said.\n\n"
             "Health Minister Rosa Keldan said the government would review how quickly manufacturers are required to "
             "report faults. \u201cPatients deserve to know the same day, not the same month,\u201d she told Cobalt "
             "Press.\n\n"
             "Vellmark shares fell 6.2 percent in Marrowick trading after the announcement. The company makes about "
             "40 percent of the blood-pressure medicines sold in the country.\n\n"
             "Patients should not stop taking their tablets without first speaking to a doctor or pharmacist, the "
             "agency said in guidance published on its website on Tuesday evening.",
     "edges": []},
    {"id": "harrier-reservoir", "outlet": "Harrier News Service",
     "url": "https://harriernews.example/2025/03/03/linmoor-reservoir-evacuation", "date": "2025-03-03",
     "title": "Thousands evacuated as water seeps through Linmoor reservoir embankment",
     "text": "ESKER VALE, March 3 (Harrier News Service) - About 2,300 people were evacuated from homes below the "
             "Linmoor reservoir overnight after engineers found water seeping through its earth embankment, county "
             "emergency officials said on Monday.\n\n"
             "The embankment is not in immediate danger of collapse, chief county engineer Margit Olsen told "
             "reporters, but lowering the water level could take up to ten days.\n\n"
             "Two senior engineers at Grendon Water, which owns the reservoir, told Harrier News Service that a survey "
             "in 2022 had recommended repairs to the embankment that were never carried out. They spoke on condition "
             "of anonymity because they are not allowed to speak to the media.\n\n"
             "Grendon Water denied that it had ignored safety advice. \u201cEvery recommendation made to us has been "
             "acted on or is scheduled,\u201d operations director Karl Wessely said.\n\n"
             "The seepage was possibly made worse by three weeks of heavy rain, the national weather office said. It "
             "said 180 millimetres of rain fell on the hills above the reservoir in February, more than twice the "
             "usual amount.\n\n"
             "Mayor Tobias Renn said evacuated families would be housed in two school halls and a hotel. \u201cNobody "
             "goes home until the engineers tell us it is safe,\u201d he said.\n\n"
             "A county official said the army had been asked to send 40 high-capacity pumps. The official declined to "
             "be named.\n\n"
             "The reservoir, built in 1931, holds about 4 million cubic metres of water and supplies drinking water to "
             "some 60,000 homes in the valley.",
     "edges": []},
    # the Cobalt Press report: a trimmed wire copy, a relay, that relay republished whole, relays of the relay
    {"id": "marrowick-herald", "outlet": "Marrowick Herald", "url": "https://marrowickherald.example/health/corvisol-recall",
     "date": "2024-06-11", "title": "Vellmark recalls Corvisol heart tablets over solvent traces",
     "text": "MARROWICK, June 11 (Cobalt Press) - Vellmark Pharmaceuticals is recalling about 180,000 packs of its "
             "blood-pressure tablet Corvisol after tests found traces of an industrial solvent in three production "
             "batches, the company said on Tuesday.\n\n"
             "The contamination likely came from a raw-material supplier in the port city of Dunmere, three people "
             "familiar with the company's internal review told Cobalt Press. They asked not to be named because the "
             "review has not been completed.\n\n"
             "\u201cWe have seen no evidence that any patient has been harmed,\u201d Vellmark's medical director, "
             "Dr. Helena Strand, said in a statement.",
     "edges": [e("is recalling about 180,000 packs of its blood-pressure tablet Corvisol", "cobalt-recall",
                 "is recalling about 180,000 packs of its blood-pressure tablet Corvisol", "copy"),
               e("The contamination likely came from a raw-material supplier", "cobalt-recall",
                 "The contamination likely came from a raw-material supplier", "copy"),
               e("We have seen no evidence that any patient has been harmed", "cobalt-recall",
                 "We have seen no evidence that any patient has been harmed", "copy")]},
    {"id": "northgate-post", "outlet": "Northgate Post", "url": "https://northgatepost.example/business/vellmark-recall",
     "date": "2024-06-11", "title": "Vellmark recalls 200,000 packs of heart pills",
     "text": "Vellmark Pharmaceuticals is recalling 200,000 packs of its heart drug Corvisol after a solvent was found "
             "in three batches, Cobalt Press reported on Tuesday.\n\n"
             "The contamination came from a supplier in Dunmere, a person familiar with the company's review told "
             "Cobalt Press.\n\n"
             "Dr. Helena Strand, Vellmark's medical director, said the company had seen no evidence that any patient "
             "had been harmed, according to Cobalt Press.",
     "edges": [e("recalling 200,000 packs of its heart drug Corvisol", "cobalt-recall",
                 "is recalling about 180,000 packs of its blood-pressure tablet Corvisol", drift=["number"]),
               e("The contamination came from a supplier in Dunmere", "cobalt-recall",
                 "The contamination likely came from a raw-material supplier in the port city of Dunmere",
                 drift=["hedge", "source"]),
               e("the company had seen no evidence that any patient had been harmed", "cobalt-recall",
                 "We have seen no evidence that any patient has been harmed")]},
    {"id": "kirkby-evening-news", "outlet": "Kirkby Evening News", "url": "https://kirkbyeveningnews.example/corvisol",
     "date": "2024-06-12", "title": "Heart pill recall: 200,000 packs affected",
     "text": "Vellmark Pharmaceuticals is recalling 200,000 packs of its heart drug Corvisol after a solvent was found "
             "in three batches, Cobalt Press reported on Tuesday.\n\n"
             "The contamination came from a supplier in Dunmere, a person familiar with the company's review told "
             "Cobalt Press.\n\n"
             "Dr. Helena Strand, Vellmark's medical director, said the company had seen no evidence that any patient "
             "had been harmed, according to Cobalt Press.\n\n"
             "This story first appeared in the Northgate Post and is republished under a content-sharing agreement.",
     "edges": [e("recalling 200,000 packs of its heart drug Corvisol", "northgate-post",
                 "recalling 200,000 packs of its heart drug Corvisol", "copy"),
               e("The contamination came from a supplier in Dunmere", "northgate-post",
                 "The contamination came from a supplier in Dunmere", "copy"),
               e("the company had seen no evidence that any patient had been harmed", "northgate-post",
                 "the company had seen no evidence that any patient had been harmed", "copy")]},
    {"id": "dunmere-gazette", "outlet": "Dunmere Gazette", "url": "https://dunmeregazette.example/news/halvard-solvent",
     "date": "2024-06-12", "title": "Dunmere firm says its solvent passed every test",
     "text": "Halvard Chemicals, the largest solvent maker in Dunmere, said on Wednesday that every batch it had "
             "shipped to Vellmark Pharmaceuticals passed its own quality tests.\n\n"
             "A Dunmere supplier was the source of the contamination, the Northgate Post reported, citing a person "
             "familiar with Vellmark's review.\n\n"
             "Vellmark admitted that it had known about the test results for weeks before it informed the regulator, "
             "Cobalt Press reported.\n\n"
             "The recall covers 200,000 packs, the Post said.\n\n"
             "Halvard employs about 400 people at its works on the Dunmere docks. Its managers said they had not been "
             "contacted by Vellmark or by the medicines agency.",
     "edges": [e("A Dunmere supplier was the source of the contamination", "northgate-post",
                 "The contamination came from a supplier in Dunmere"),
               e("Vellmark admitted that it had known about the test results for weeks", "cobalt-recall",
                 "Vellmark denied that it had known about the test results for weeks", drift=["stance"]),
               e("The recall covers 200,000 packs", "northgate-post", "recalling 200,000 packs of its heart drug Corvisol")]},
    {"id": "pharma-ledger", "outlet": "Pharma Ledger", "url": "https://pharmaledger.example/regulation/fault-reporting",
     "date": "2024-06-12", "title": "Minister to review how fast drug makers report faults",
     "text": "Health Minister Rosa Keldan said in an interview with Cobalt Press that the government would review how "
             "quickly drug makers must report faults.\n\n"
             "The National Medicines Agency said it had received 41 reports of dizziness and nausea from patients "
             "taking Corvisol since April, cobaltpress.example reported.\n\n"
             "Vellmark spokesman Ivo Brandt said the company told the regulator as soon as it had confirmed results, "
             "as reported by Cobalt Press.\n\n"
             "Analysts at Kessling Partners estimated that the recall would cost Vellmark between 20 million and 30 "
             "million euros in lost sales and replacement stock.",
     "edges": [e("the government would review how quickly drug makers must report faults", "cobalt-recall",
                 "the government would review how quickly manufacturers are required to report faults"),
               e("it had received 41 reports of dizziness and nausea", "cobalt-recall",
                 "it had received 14 reports of dizziness and nausea", drift=["number"]),
               e("the company told the regulator as soon as it had confirmed results", "cobalt-recall",
                 "The moment we had confirmed results, we told the regulator")]},
    {"id": "riverbend-times", "outlet": "Riverbend Times", "url": "https://riverbendtimes.example/corvisol-shelves",
     "date": "2024-06-13", "title": "Corvisol pulled from pharmacy shelves days before recall",
     "text": "Pharmacies in Marrowick were told to take Corvisol off their shelves four days before the recall was "
             "made public.\n\n"
             "Vellmark shares fell 2.6 percent in Marrowick trading after the recall was announced.\n\n"
             "The government will review how quickly manufacturers are required to report faults.\n\n"
             "Several pharmacies in the town said they had run out of other blood-pressure tablets by Wednesday "
             "afternoon and were turning patients away.",
     "edges": [e("told to take Corvisol off their shelves four days before the recall", "cobalt-recall",
                 "they had been asked to take the packs off their shelves on Friday, four days before the recall",
                 "pickup", ["attribution"]),
               e("Vellmark shares fell 2.6 percent in Marrowick trading", "cobalt-recall",
                 "Vellmark shares fell 6.2 percent in Marrowick trading", "pickup", ["number"]),
               e("The government will review how quickly manufacturers are required to report faults",
                 ["cobalt-recall", "pharma-ledger"], "the government would review how quickly", "pickup",
                 ["attribution"])]},
    {"id": "lakeland-star", "outlet": "Lakeland Star", "url": "https://lakelandstar.example/vellmark-test-results",
     "date": "2024-06-13", "title": "Dunmere supplier caused Corvisol contamination",
     "text": "Vellmark Pharmaceuticals has admitted it knew about the test results for weeks before it told the "
             "regulator, according to a report by the Dunmere Gazette.\n\n"
             "Cobalt Press first reported the recall on Tuesday, saying about 180,000 packs of Corvisol from three "
             "production batches were affected.\n\n"
             "Cobalt Press said in a report on Tuesday that the contamination probably came from a supplier in "
             "Dunmere, citing three people familiar with Vellmark's internal review.\n\n"
             "Opposition health spokesman Mattias Orell called for Vellmark's manufacturing licence to be suspended "
             "until the company's review is published.",
     "edges": [e("it knew about the test results for weeks", "dunmere-gazette",
                 "Vellmark admitted that it had known about the test results for weeks"),
               e("about 180,000 packs of Corvisol from three production batches were affected", "cobalt-recall",
                 "is recalling about 180,000 packs of its blood-pressure tablet Corvisol"),
               e("the contamination probably came from a supplier in Dunmere", "cobalt-recall",
                 "The contamination likely came from a raw-material supplier in the port city of Dunmere",
                 drift=["headline"])]},
    # the Harrier News Service report: a trimmed wire copy under a stronger headline, relays, a second hop
    {"id": "upland-gazette", "outlet": "Upland Gazette", "url": "https://uplandgazette.example/linmoor-reservoir",
     "date": "2025-03-03", "title": "Linmoor reservoir on brink of collapse as thousands flee",
     "text": "ESKER VALE, March 3 (Harrier News Service) - About 2,300 people were evacuated from homes below the "
             "Linmoor reservoir overnight after engineers found water seeping through its earth embankment, county "
             "emergency officials said on Monday.\n\n"
             "The embankment is not in immediate danger of collapse, chief county engineer Margit Olsen told "
             "reporters, but lowering the water level could take up to ten days.",
     "edges": [e("About 2,300 people were evacuated from homes below the Linmoor reservoir", "harrier-reservoir",
                 "About 2,300 people were evacuated from homes below the Linmoor reservoir", "copy"),
               e("The embankment is not in immediate danger of collapse", "harrier-reservoir",
                 "The embankment is not in immediate danger of collapse", "copy", ["headline"]),
               e("lowering the water level could take up to ten days", "harrier-reservoir",
                 "lowering the water level could take up to ten days", "copy")]},
    {"id": "esker-vale-echo", "outlet": "Esker Vale Echo", "url": "https://eskervaleecho.example/news/linmoor-evacuation",
     "date": "2025-03-03", "title": "Linmoor reservoir leak forces thousands from their homes",
     "text": "About 2,300 residents were evacuated overnight from homes below the Linmoor reservoir, county officials "
             "told Harrier News Service.\n\n"
             "Lowering the water level could take up to ten days, chief county engineer Margit Olsen told reporters, "
             "according to Harrier News Service.\n\n"
             "\u201cNobody goes home until the engineers say it is safe,\u201d Mayor Tobias Renn said, Harrier News "
             "Service reported.\n\n"
             "Volunteers at St Aldric's church hall served hot meals to evacuees through the night, and the local bus "
             "company laid on extra services to the school halls.",
     "edges": [e("About 2,300 residents were evacuated overnight", "harrier-reservoir",
                 "About 2,300 people were evacuated from homes below the Linmoor reservoir"),
               e("Lowering the water level could take up to ten days", "harrier-reservoir",
                 "lowering the water level could take up to ten days"),
               e("Nobody goes home until the engineers say it is safe", "harrier-reservoir",
                 "Nobody goes home until the engineers tell us it is safe", drift=["quote"])]},
    {"id": "tollbridge-courier", "outlet": "Tollbridge Courier", "url": "https://tollbridgecourier.example/grendon-survey",
     "date": "2025-03-04", "title": "Grendon Water ignored repair advice, engineer says",
     "text": "Grendon Water ignored a 2022 survey that recommended repairs to the Linmoor embankment, an engineer at "
             "the company told Harrier News Service.\n\n"
             "Grendon Water's operations director Karl Wessely denied that the company had ignored safety advice, "
             "Harrier reported.\n\n"
             "Heavy rain made the seepage worse, the national weather office said, according to Harrier News "
             "Service.\n\n"
             "Mayor Tobias Renn told the Courier on Tuesday that evacuated families would be away from home for at "
             "least a week.\n\n"
             "The county council will hold an emergency meeting on Thursday to discuss who should pay for the "
             "evacuation.",
     "edges": [e("ignored a 2022 survey that recommended repairs to the Linmoor embankment", "harrier-reservoir",
                 "a survey in 2022 had recommended repairs to the embankment that were never carried out",
                 drift=["source"]),
               e("denied that the company had ignored safety advice", "harrier-reservoir",
                 "Grendon Water denied that it had ignored safety advice", drift=["source"]),
               e("Heavy rain made the seepage worse", "harrier-reservoir",
                 "The seepage was possibly made worse by three weeks of heavy rain", drift=["hedge"])]},
    {"id": "westmere-daily", "outlet": "Westmere Daily", "url": "https://westmeredaily.example/linmoor-week",
     "date": "2025-03-05", "title": "Linmoor evacuees face a week away from home",
     "text": "Families evacuated from below the Linmoor reservoir will probably be away from home for at least a week, "
             "Mayor Tobias Renn said in an interview with the Tollbridge Courier.\n\n"
             "Grendon Water ignored a 2022 survey recommending repairs to the embankment, the Tollbridge Courier "
             "reported, citing an engineer at the company.\n\n"
             "Chief county engineer Margit Olsen said the embankment was in immediate danger of collapse, according "
             "to Harrier News Service.\n\n"
             "Citing a county official, Harrier News Service said the army had been asked to send 14 high-capacity "
             "pumps.\n\n"
             "Westmere's leisure centre has opened its showers to evacuated families, the town council said on "
             "Wednesday.",
     "edges": [e("will probably be away from home for at least a week", "tollbridge-courier",
                 "evacuated families would be away from home for at least a week", drift=["hedge", "headline"]),
               e("ignored a 2022 survey recommending repairs to the embankment", "tollbridge-courier",
                 "ignored a 2022 survey that recommended repairs to the Linmoor embankment"),
               e("the embankment was in immediate danger of collapse", "harrier-reservoir",
                 "The embankment is not in immediate danger of collapse", drift=["stance"]),
               e("the army had been asked to send 14 high-capacity pumps", "harrier-reservoir",
                 "the army had been asked to send 40 high-capacity pumps", drift=["number"])]},
    {"id": "shire-weekly", "outlet": "Shire Weekly", "url": "https://shireweekly.example/linmoor-families",
     "date": "2025-03-06", "title": "Evacuated Linmoor families settle into school halls",
     "text": "Evacuated families are being housed in two school halls and a hotel.\n\n"
             "In February 280 millimetres of rain fell on the hills above the reservoir, more than twice the usual "
             "amount.\n\n"
             "Councillor Ruth Aske, citing Harrier News Service, said a 2022 survey had recommended repairs to the "
             "embankment that were never carried out.\n\n"
             "Anglers' clubs said fishing on the reservoir had been suspended until further notice and that they "
             "would refund members' spring permits.",
     "edges": [e("Evacuated families are being housed in two school halls and a hotel", "harrier-reservoir",
                 "evacuated families would be housed in two school halls and a hotel", "relay", ["attribution"]),
               e("280 millimetres of rain fell on the hills above the reservoir", "harrier-reservoir",
                 "180 millimetres of rain fell on the hills above the reservoir", "relay", ["number", "attribution"]),
               e("a 2022 survey had recommended repairs to the embankment that were never carried out",
                 "harrier-reservoir", "a survey in 2022 had recommended repairs to the embankment that were never "
                 "carried out", drift=["source"])]},
    # retellings of dev set articles
    {"id": "bayou-ledger", "outlet": "Bayou Ledger", "url": "https://bayouledger.example/space/shuttle-homes",
     "date": "2011-04-13", "title": "Enterprise heads to New York as NASA names shuttle homes",
     "text": "The prototype orbiter Enterprise will move from the Udvar-Hazy Center near Washington to the Intrepid "
             "Sea-Air-Space Museum in New York City, Wikinews reported.\n\n"
             "\u201cWe want to thank all of the places that expressed an interest in one of these national "
             "treasures,\u201d NASA Administrator Charles Bolden said, according to Wikinews.\n\n"
             "The Johnson Space Center in Houston will receive the pilot and commander seats from the flight deck.\n\n"
             "Space Center Houston, the visitor centre beside the Johnson Space Center, said it would go ahead with "
             "plans for a new exhibition hall.",
     "edges": [e("will move from the Udvar-Hazy Center near Washington to the Intrepid Sea-Air-Space Museum",
                 "nasa-shuttle-homes", "would be relocated from the Smithsonian's National Air and Space Museum"),
               e("We want to thank all of the places that expressed an interest", "nasa-shuttle-homes",
                 "We want to thank all of the locations that expressed an interest", drift=["quote"]),
               e("will receive the pilot and commander seats from the flight deck", "nasa-shuttle-homes",
                 "the JSC will recieve pilot and commander seats from the flight deck", "relay")]},
    {"id": "puget-record", "outlet": "Puget Record", "url": "https://pugetrecord.example/museum-of-flight-trainer",
     "date": "2011-04-14", "title": "Seattle museum gets astronaut trainer instead of a shuttle",
     "text": "Governor Chris Gregoire said the Museum of Flight put a tremendous amount of effort into landing a "
             "retired shuttle, according to Wikinews.\n\n"
             "\u201cThis trainer is a real win for our dynamic museum,\u201d Gregoire said, Wikinews reported.\n\n"
             "Houston's Johnson Space Center will get the pilot and commander seats from the flight deck, the Bayou "
             "Ledger reported.\n\n"
             "Space Shuttle Challenger exploded 37 seconds after liftoff in 1986, killing all six aboard.\n\n"
             "The Museum of Flight said it expected the trainer to arrive in Seattle by the end of the year and would "
             "open it to visitors soon after.",
     "edges": [e("the Museum of Flight put a tremendous amount of effort into landing a retired shuttle",
                 "nasa-shuttle-homes", "The Museum of Flight put a tremendous amount of effort into landing a retired "
                 "shuttle"),
               e("This trainer is a real win for our dynamic museum", "nasa-shuttle-homes",
                 "this trainer is a true win for our dynamic museum", drift=["quote"]),
               e("will get the pilot and commander seats from the flight deck", "bayou-ledger",
                 "will receive the pilot and commander seats from the flight deck"),
               e("Space Shuttle Challenger exploded 37 seconds after liftoff", "nasa-shuttle-homes",
                 "Space Shuttle Challenger was lost when it exploded 73 seconds after liftoff", "relay", ["number"])]},
    {"id": "bytown-bulletin", "outlet": "Bytown Bulletin", "url": "https://bytownbulletin.example/nemisis-papers",
     "date": "2008-08-15", "title": "Lost Environment Canada papers listed database weaknesses",
     "text": "The document detailed security weaknesses in the NEMISIS database, which officers use to track and "
             "prosecute environmental law-breakers, according to Wikinews.\n\n"
             "Environment Canada spokeswoman Sujata Raisinghani said: \u201cWe take document security very "
             "seriously,\u201d Wikinews reported.\n\n"
             "Environment Canada has asked officials how the documents wound up on the street, Wikinews reported.\n\n"
             "The passerby who found the envelope said it had been lying in a puddle near a bus stop for most of the "
             "morning.",
     "edges": [e("security weaknesses in the NEMISIS database", "canada-sensitive-document",
                 "detailed various security vulnerabilities of the NEMISIS database"),
               e("We take document security very seriously", "canada-sensitive-document",
                 "We take document security seriously", drift=["quote"]),
               e("has asked officials how the documents wound up on the street", "canada-sensitive-document",
                 "has asked government officials how such documents", drift=["source"])]},
    {"id": "capital-ticker", "outlet": "Capital Ticker", "url": "https://capitalticker.example/baird-papers",
     "date": "2008-08-16", "title": "Opposition presses Baird over papers found in the street",
     "text": "The papers set out security weaknesses in the NEMISIS database, bytownbulletin.example reported.\n\n"
             "Anyone able to shut the system down or corrupt its data would affect the prosecution of lawbreakers.\n\n"
             "Environment Minister John Baird said the material could not be made available under access to "
             "information laws, according to Wikinews.\n\n"
             "Opposition MPs said they would raise the matter in the House of Commons when it returns in "
             "September.",
     "edges": [e("security weaknesses in the NEMISIS database", "bytown-bulletin",
                 "security weaknesses in the NEMISIS database"),
               e("would affect the prosecution of lawbreakers", "canada-sensitive-document",
                 "it could affect the prosecution of the lawbreakers", "relay", ["hedge"]),
               e("the material could not be made available under access to information", "canada-sensitive-document",
                 "it's stuff that could be available under access to information", drift=["stance"])]},
    # distractors: the same events, other claims (some share a figure or a named person with an origin)
    {"id": "marrowick-business", "outlet": "Marrowick Business Journal",
     "url": "https://marrowickbusiness.example/vellmark-lipavane", "date": "2024-06-12",
     "title": "Vellmark to present cholesterol drug trial results",
     "text": "Vellmark Pharmaceuticals said on Wednesday that it would present the results of a late-stage trial of its "
             "cholesterol drug Lipavane at a medical conference in September.\n\n"
             "Dr. Helena Strand, the company's medical director, said about 6,200 patients had taken part in the trial "
             "across 14 countries.\n\n"
             "A Vellmark spokesman said the company's sales forecast for the year was unchanged.", "edges": []},
    {"id": "waterworks-review", "outlet": "Waterworks Review", "url": "https://waterworksreview.example/grendon-leakage",
     "date": "2025-03-04", "title": "Grendon Water says pipe leakage fell for a third year",
     "text": "Grendon Water said leakage from its pipes fell by 9 percent last year, the third annual fall in a row.\n\n"
             "Operations director Karl Wessely said the company had spent 40 million euros on pipes and pumping "
             "stations across its 12 reservoirs in 2024.\n\n"
             "The industry regulator said it would publish leakage figures for every water company in April.",
     "edges": []},
    {"id": "dales-herald", "outlet": "Dales Herald", "url": "https://dalesherald.example/harrow-tarn", "date": "2025-03-04",
     "title": "Second Grendon reservoir passes emergency inspection",
     "text": "County engineers said the Harrow Tarn reservoir, also owned by Grendon Water, had passed an emergency "
             "inspection on Tuesday and showed no sign of seepage.\n\n"
             "County emergency officials said about 2,300 sandbags had been handed out to homes along the river below "
             "Harrow Tarn as a precaution.", "edges": []},
    {"id": "kanata-weekly", "outlet": "Kanata Weekly", "url": "https://kanataweekly.example/castlefrank-drains",
     "date": "2008-08-16", "title": "Storm drains cleared on Castlefrank Road",
     "text": "City crews cleared 131 blocked storm drains in Kanata after heavy rain flooded parts of Castlefrank Road on "
             "Friday, a city spokesman said.\n\n"
             "Residents said the road had flooded three times since June and asked the city to replace the drains.",
     "edges": []},
    {"id": "manhattan-ledger", "outlet": "Manhattan Ledger", "url": "https://manhattanledger.example/intrepid-pavilion",
     "date": "2011-04-14", "title": "Intrepid museum plans a pavilion on its pier",
     "text": "The Intrepid Sea-Air-Space Museum said it would build a temporary pavilion on its pier while a permanent "
             "building was designed.\n\n"
             "A museum spokeswoman said about 900,000 people had visited the museum last year and that she expected "
             "the number to rise.", "edges": []},
]

# Held-out set 5, written 2026-11-30 blind to the trace rules (neither the rules, their tests nor the README's
# account of them were read, and the system was not run on these articles) and not scored by its author: the
# lead scores it once. Origins are a wire report and a company press release written for this set (Kittiwake
# Wire, Tessaline Foods: invented events, places, people and companies) and dev set articles (Wikinews, CC BY
# 2.5; statements no earlier chain uses). Credits at the start, middle or end of a sentence ("told", "according
# to", "reported", "citing", "as first reported by", "said in a statement", "quoted by", a short name, a domain);
# a trimmed and sub-edited wire copy, a press release reprinted in shortened form, merged statements, quotes with "?"
# and "!" and quotes of two sentences.
HELD_OUT_5 = [
    # origins written for this set: a wire report with named and anonymous speakers, and a press release
    {"id": "kittiwake-ferry", "outlet": "Kittiwake Wire", "url": "https://kittiwakewire.example/2023/09/17/aldergrove-star-aground",
     "date": "2023-09-17", "title": "Dozens hurt as ferry runs aground outside Skelby harbour",
     "text": "SKELBY, Sept 17 (Kittiwake Wire) - At least 57 passengers were hurt when the ferry Aldergrove Star ran aground "
             "on rocks outside the harbour of Skelby on Sunday evening, the coastguard said. Eleven of them were in a "
             "serious condition.\n\n"
             "The ship's navigation system probably failed minutes before the grounding, two investigators from the "
             "Maritime Accident Board told Kittiwake Wire. They asked not to be named because the inquiry has only just "
             "begun.\n\n"
             "The Aldergrove Star was carrying 412 passengers and 38 crew on its evening crossing from the island of "
             "Varrow, operator Brannock Ferries said.\n\n"
             "Brannock Ferries chief executive Oskar Lindqvist denied that the company had cut the number of officers on "
             "its night crossings. \u201cWe have never put a timetable ahead of safety, and we never will,\u201d he told "
             "reporters in Skelby.\n\n"
             "Greta Hallam, an official of the sailors' union, said crews on the Varrow route regularly worked shifts of "
             "14 hours or more. \u201cHow can anyone stay alert on the bridge after fourteen hours? We have been warning "
             "about this for years,\u201d she said.\n\n"
             "About 3,000 litres of diesel leaked from a damaged tank, but the spill does not threaten the beaches north "
             "of the harbour, the coastal environment agency said.\n\n"
             "A port official, speaking on condition of anonymity, said the ferry may remain out of service for at least "
             "six weeks while its hull is repaired.\n\n"
             "Transport Minister Helene Marsk said she had ordered an inspection of every ferry operating from Skelby. "
             "\u201cPassengers must be able to trust these ships. Today that trust has been shaken,\u201d she said.\n\n"
             "The Varrow crossing carries about 600,000 passengers a year and is the island's only daily link to the "
             "mainland.",
     "edges": []},
    {"id": "tessaline-closure", "outlet": "Tessaline Foods",
     "url": "https://tessalinefoods.example/press/2024-10-08-greyhaven",
     "date": "2024-10-08", "title": "Tessaline Foods to close Greyhaven biscuit factory",
     "text": "GREYHAVEN, 8 October 2024 - Tessaline Foods today announced that it will close its biscuit factory in "
             "Greyhaven by the end of June 2025, affecting 386 jobs.\n\n"
             "The decision follows a review of the company's manufacturing sites, which found that the Greyhaven plant's "
             "ovens would need an investment of about 48 million euros to remain in use.\n\n"
             "\u201cThis was not an easy decision, and it is not a reflection on the people of Greyhaven, who have made our "
             "biscuits for more than sixty years,\u201d said chief executive Marguerite Olander. \u201cWe will do "
             "everything we can to support them.\u201d\n\n"
             "Production will move to the company's plant in Lorvik, where up to 140 new jobs are expected to be created "
             "over the next two years.\n\n"
             "Tessaline will offer every affected employee a place on a retraining programme, and expects to redeploy "
             "around 90 employees to other sites.\n\n"
             "The company does not plan to close any other factories in the country.\n\n"
             "The closure is expected to result in a one-off charge of between 30 and 35 million euros in the company's "
             "2024 accounts.\n\n"
             "About Tessaline Foods: Tessaline Foods makes biscuits, crackers and breakfast cereals in six countries and "
             "employs about 5,200 people.",
     "edges": []},
    # the Kittiwake Wire report: a trimmed, sub-edited wire copy, relays, a second hop through two relays
    {"id": "tidewater-gazette", "outlet": "Tidewater Gazette", "url": "https://tidewatergazette.example/news/skelby-ferry",
     "date": "2023-09-18", "title": "Dozens hurt as island ferry runs aground off Skelby",
     "text": "SKELBY, Sept 17 (Kittiwake Wire) - Fifty-seven passengers were hurt when the ferry Aldergrove Star ran "
             "aground on rocks outside the harbour of Skelby on Sunday evening, the coastguard said.\n\n"
             "The ship's navigation system probably failed minutes before the grounding, two investigators from the "
             "Maritime Accident Board told Kittiwake Wire. They asked not to be named because the inquiry has only just "
             "begun.\n\n"
             "\u201cWe have never put a timetable ahead of safety, and we never will,\u201d Brannock Ferries chief "
             "executive Oskar Lindqvist told reporters in Skelby.\n\n"
             "The Tidewater Gazette publishes Kittiwake Wire reports under licence; this report has been shortened.",
     "edges": [e("Fifty-seven passengers were hurt when the ferry Aldergrove Star ran aground", "kittiwake-ferry",
                 "At least 57 passengers were hurt when the ferry Aldergrove Star ran aground", "copy", ["number"]),
               e("The ship's navigation system probably failed minutes before the grounding", "kittiwake-ferry",
                 "The ship's navigation system probably failed minutes before the grounding", "copy"),
               e("We have never put a timetable ahead of safety, and we never will", "kittiwake-ferry",
                 "We have never put a timetable ahead of safety, and we never will", "copy")]},
    {"id": "skelby-post", "outlet": "Skelby Post", "url": "https://skelbypost.example/2023/09/18/aldergrove-star",
     "date": "2023-09-18", "title": "Navigation failure caused Skelby ferry grounding, investigators say",
     "text": "About 60 people were injured when the Aldergrove Star hit rocks outside Skelby harbour on Sunday evening, the "
             "coastguard told Kittiwake Wire.\n\n"
             "The navigation system probably failed minutes before the ship struck the rocks, according to two Maritime "
             "Accident Board investigators who spoke to Kittiwake Wire on condition of anonymity.\n\n"
             "\u201cHow can anyone stay awake on the bridge after fourteen hours?\u201d Greta Hallam of the sailors' union "
             "asked, Kittiwake Wire reported.\n\n"
             "The ferry will be out of service for at least six weeks while its hull is repaired, the Maritime Accident "
             "Board said, according to Kittiwake Wire.\n\n"
             "Relatives waited at the ferry terminal until after midnight on Sunday as ambulances took the injured to "
             "Skelby General Hospital and to hospitals further along the coast.",
     "edges": [e("About 60 people were injured when the Aldergrove Star hit rocks", "kittiwake-ferry",
                 "At least 57 passengers were hurt when the ferry Aldergrove Star ran aground", drift=["number"]),
               e("The navigation system probably failed minutes before the ship struck the rocks", "kittiwake-ferry",
                 "The ship's navigation system probably failed minutes before the grounding", drift=["headline"]),
               e("How can anyone stay awake on the bridge after fourteen hours?", "kittiwake-ferry",
                 "How can anyone stay alert on the bridge after fourteen hours?", drift=["quote"]),
               e("The ferry will be out of service for at least six weeks while its hull is repaired", "kittiwake-ferry",
                 "the ferry may remain out of service for at least six weeks while its hull is repaired",
                 drift=["hedge", "source"])]},
    {"id": "varrow-islander", "outlet": "The Varrow Islander", "url": "https://varrowislander.example/ferry-crews",
     "date": "2023-09-18", "title": "Island cut off after ferry grounding",
     "text": "VARROW - Brannock Ferries chief executive Oskar Lindqvist admitted that the company had cut the number of "
             "officers on its night crossings, as first reported by Kittiwake Wire.\n\n"
             "Crews on the Varrow route, the sailors' union says, regularly work shifts of 14 hours or more, "
             "kittiwakewire.example reported.\n\n"
             "The diesel spill from the ship does not threaten the beaches north of the harbour at Skelby.\n\n"
             "Islanders who rely on the crossing for work and hospital appointments said they had no idea when they "
             "would next reach the mainland, and the island's only supermarket said fresh food would run short within "
             "days.",
     "edges": [e("admitted that the company had cut the number of officers on its night crossings", "kittiwake-ferry",
                 "denied that the company had cut the number of officers on its night crossings", drift=["stance"]),
               e("regularly work shifts of 14 hours or more", "kittiwake-ferry",
                 "crews on the Varrow route regularly worked shifts of 14 hours or more", drift=["source"]),
               e("The diesel spill from the ship does not threaten the beaches north of the harbour",
                 "kittiwake-ferry", "not threaten the beaches north of the harbour", "relay",
                 ["attribution"])]},
    {"id": "coastline-news", "outlet": "Coastline News", "url": "https://coastlinenews.example/skelby-diesel",
     "date": "2023-09-18", "title": "Diesel spill threatens Skelby beaches",
     "text": "\u201cPassengers must be able to trust these ships. Today that trust has been broken!\u201d Transport "
             "Minister Helene Marsk said on Sunday, according to Kittiwake Wire.\n\n"
             "About 3,000 litres of diesel leaked from a damaged tank, but the coastal environment agency said the spill "
             "did not threaten the beaches north of the harbour, Kittiwake Wire reported.\n\n"
             "Eleven of the injured are in a serious condition, hospital officials said.\n\n"
             "Volunteers from the Skelby sailing club spent Monday morning laying floating booms across the mouth of the "
             "harbour as a precaution.",
     "edges": [e("Passengers must be able to trust these ships. Today that trust has been broken!", "kittiwake-ferry",
                 "Passengers must be able to trust these ships. Today that trust has been shaken", drift=["quote"]),
               e("the spill did not threaten the beaches north of the harbour", "kittiwake-ferry",
                 "the spill does not threaten the beaches north of the harbour", drift=["headline"]),
               e("Eleven of the injured are in a serious condition, hospital officials said", "kittiwake-ferry",
                 "Eleven of them were in a serious condition", "relay", ["source"])]},
    {"id": "northsea-courier", "outlet": "North Sea Courier", "url": "https://northseacourier.example/skelby-what-we-know",
     "date": "2023-09-19", "title": "Skelby ferry grounding: what we know",
     "text": "The Aldergrove Star's navigation system failed minutes before Sunday's grounding, according to the Post.\n\n"
             "Brannock Ferries had cut the number of officers on its night crossings.\n\n"
             "The ferry could be out of action for six weeks, the Skelby Post said, citing the Maritime Accident Board.\n\n"
             "Brannock has chartered a smaller vessel, the Eider, to keep a reduced service running to Varrow from "
             "Thursday, the company's booking office said on Tuesday.",
     "edges": [e("navigation system failed minutes before Sunday's grounding", "skelby-post",
                 "The navigation system probably failed minutes before the ship struck the rocks", drift=["hedge"]),
               e("Brannock Ferries had cut the number of officers on its night crossings", "varrow-islander",
                 "admitted that the company had cut the number of officers on its night crossings", "pickup",
                 ["attribution"]),
               e("The ferry could be out of action for six weeks", "skelby-post",
                 "The ferry will be out of service for at least six weeks", drift=["hedge", "number"])]},
    # the Tessaline Foods press release: reprinted as received, relays, a second hop through two relays
    {"id": "provender-digest", "outlet": "Provender Trade Digest",
     "url": "https://provenderdigest.example/releases/tessaline-greyhaven",
     "date": "2024-10-08", "title": "Tessaline Foods to close Greyhaven biscuit factory",
     "text": "GREYHAVEN, 8 October 2024 - Tessaline Foods today announced that it will close its biscuit factory in "
             "Greyhaven by the end of June 2025, affecting 386 jobs.\n\n"
             "\u201cThis was not an easy decision, and it is not a reflection on the people of Greyhaven, who have made our "
             "biscuits for more than sixty years,\u201d said chief executive Marguerite Olander.\n\n"
             "The company does not plan to close any other factories in the country.\n\n"
             "This announcement was issued by Tessaline Foods and is published here in shortened form.",
     "edges": [e("will close its biscuit factory in Greyhaven by the end of June 2025, affecting 386 jobs",
                 "tessaline-closure", "will close its biscuit factory in Greyhaven by the end of June 2025, affecting 386 "
                 "jobs", "copy"),
               e("This was not an easy decision, and it is not a reflection on the people of Greyhaven",
                 "tessaline-closure", "This was not an easy decision, and it is not a reflection on the people of "
                 "Greyhaven", "copy"),
               e("The company does not plan to close any other factories in the country", "tessaline-closure",
                 "The company does not plan to close any other factories in the country", "copy")]},
    {"id": "greyhaven-advertiser", "outlet": "Greyhaven Advertiser",
     "url": "https://greyhavenadvertiser.example/news/tessaline-closure",
     "date": "2024-10-08", "title": "Greyhaven biscuit factory to close with 386 jobs lost",
     "text": "Tessaline Foods will close its biscuit factory in Greyhaven next summer with the loss of 386 jobs, the "
             "company said in a statement on Tuesday.\n\n"
             "In the statement, chief executive Marguerite Olander said the decision \u201cwas not an easy one\u201d and was "
             "\u201cno reflection on the people of Greyhaven\u201d.\n\n"
             "According to Tessaline, the plant's ovens would need 48 million euros of investment to stay in use.\n\n"
             "Union convenor Bill Tarrant said workers had heard the news from a notice pinned up in the canteen before "
             "any manager spoke to them. \u201cSixty years, and they tell us with a sheet of paper on a wall,\u201d he "
             "said.",
     "edges": [e("will close its biscuit factory in Greyhaven next summer with the loss of 386 jobs", "tessaline-closure",
                 "will close its biscuit factory in Greyhaven by the end of June 2025, affecting 386 jobs"),
               e("the decision \u201cwas not an easy one\u201d and was \u201cno reflection on the people of Greyhaven\u201d",
                 "tessaline-closure", "This was not an easy decision, and it is not a reflection on the people of "
                 "Greyhaven", drift=["quote"]),
               e("the plant's ovens would need 48 million euros of investment to stay in use", "tessaline-closure",
                 "ovens would need an investment of about 48 million euros to remain in use", drift=["number"])]},
    {"id": "lorvik-tribune", "outlet": "Lorvik Tribune", "url": "https://lorviktribune.example/business/tessaline-jobs",
     "date": "2024-10-09", "title": "Lorvik gains 140 jobs as Tessaline shuts Greyhaven plant",
     "text": "LORVIK - Up to 140 jobs will be created at Tessaline Foods' Lorvik plant as biscuit production moves from "
             "Greyhaven, according to a statement on tessalinefoods.example.\n\n"
             "Tessaline has said it does not plan to shut any other factories in the country.\n\n"
             "Lorvik's mayor, Anders Vik, said the town would help the company find housing for workers who chose to move "
             "from Greyhaven, and called the expansion the best news for the town in a decade.",
     "edges": [e("Up to 140 jobs will be created at Tessaline Foods' Lorvik plant", "tessaline-closure",
                 "up to 140 new jobs are expected to be created over the next two years", drift=["hedge", "headline"]),
               e("it does not plan to shut any other factories in the country", "tessaline-closure",
                 "The company does not plan to close any other factories in the country")]},
    {"id": "food-industry-review", "outlet": "Food Industry Review",
     "url": "https://foodindustryreview.example/tessaline-greyhaven-suppliers",
     "date": "2024-10-10", "title": "Tessaline's Greyhaven exit leaves suppliers counting the cost",
     "text": "Tessaline Foods is shutting its Greyhaven plant with the loss of more than 400 jobs, the Greyhaven Advertiser "
             "reported.\n\n"
             "Workers learned of the closure from a notice pinned up in the canteen, union convenor Bill Tarrant told the "
             "Advertiser.\n\n"
             "Tessaline plans to close more of its factories in the country, the Lorvik Tribune reported, citing the "
             "company.\n\n"
             "Around 90 Greyhaven workers will be moved to other Tessaline sites.\n\n"
             "Flour miller Ashby & Rowe, which supplies the Greyhaven plant, said it expected to lose about a tenth of its "
             "annual orders when the factory closes and was reviewing its own staffing.",
     "edges": [e("is shutting its Greyhaven plant with the loss of more than 400 jobs", "greyhaven-advertiser",
                 "will close its biscuit factory in Greyhaven next summer with the loss of 386 jobs", drift=["number"]),
               e("Workers learned of the closure from a notice pinned up in the canteen", "greyhaven-advertiser",
                 "workers had heard the news from a notice pinned up in the canteen"),
               e("Tessaline plans to close more of its factories in the country", "lorvik-tribune",
                 "it does not plan to shut any other factories in the country", drift=["stance"]),
               e("Around 90 Greyhaven workers will be moved to other Tessaline sites", "tessaline-closure",
                 "expects to redeploy around 90 employees to other sites", "pickup", ["hedge", "attribution"])]},
    # retellings of dev set articles, each with a second hop
    {"id": "levant-observer", "outlet": "Levant Observer",
     "url": "https://levantobserver.example/2009/10/26/maliki-blames-qaeda",
     "date": "2009-10-26", "title": "Maliki blames al-Qaeda for Baghdad bombings",
     "text": "BAGHDAD - Prime Minister Nouri Maliki blamed al-Qaeda for the bombings that struck the Justice Ministry and a "
             "provincial government office on Sunday, Wikinews reported.\n\n"
             "\u201cThese cowardly terrorist attacks must not shake the resolve of the Iraqi people,\u201d Maliki said in a "
             "statement, according to Wikinews.\n\n"
             "Witnesses said the force of the blast could be felt for several miles, according to Wikinews.\n\n"
             "Funeral processions for many of the victims set out from the city's mosques on Monday morning, and shops in "
             "the surrounding streets stayed shut.",
     "edges": [e("Prime Minister Nouri Maliki blamed al-Qaeda for the bombings", "baghdad-car-bombings",
                 "Prime Minister Nouri Maliki accused al-Qaeda of being behind the bombings"),
               e("These cowardly terrorist attacks must not shake the resolve of the Iraqi people", "baghdad-car-bombings",
                 "These cowardly terrorist attacks must not affect the determination of the Iraqi people", drift=["quote"]),
               e("the force of the blast could be felt for several miles", "baghdad-car-bombings",
                 "the force of the blast was so strong that it could be felt for several miles away", drift=["source"])]},
    {"id": "gulf-evening-star", "outlet": "Gulf Evening Star",
     "url": "https://gulfeveningstar.example/baghdad-suicide-bombers",
     "date": "2009-10-26", "title": "Suicide bombers strike at heart of Baghdad",
     "text": "Suicide bombers may have carried out the two attacks in Baghdad on Sunday, although some reports said the "
             "bombs were set off by remote control.\n\n"
             "Twin bombings in August killed about 150 people at two other government buildings, Wikinews reported.\n\n"
             "The bombers wanted to cause chaos and wreck January's parliamentary election.\n\n"
             "Iraqi security officials said they would review every checkpoint around the Green Zone and that the guards "
             "on duty at the time would be questioned.",
     "edges": [e("Suicide bombers may have carried out the two attacks in Baghdad", "baghdad-car-bombings",
                 "Sources gave conflicting reports as to whether suicide bombers were involved in the attacks", "relay",
                 ["headline"]),
               e("Twin bombings in August killed about 150 people", "baghdad-car-bombings",
                 "Twin bombings in August of this year struck another two government buildings, killing about 100 people",
                 drift=["number"]),
               e("The bombers wanted to cause chaos and wreck January's parliamentary election", "baghdad-car-bombings",
                 "They want to cause chaos in the nation, hinder the political process and prevent the parliamentary "
                 "election", "relay", ["attribution"])]},
    {"id": "two-rivers-weekly", "outlet": "Two Rivers Weekly", "url": "https://tworiversweekly.example/baghdad-cost",
     "date": "2009-10-27", "title": "Baghdad counts the cost of Sunday's bombings",
     "text": "Iraqi officials, the Levant Observer reported, blamed al-Qaeda for Sunday's bombings.\n\n"
             "\u201cThese cowardly attacks must not shake the resolve of the Iraqi people,\u201d Maliki said in a statement "
             "quoted by the Observer.\n\n"
             "The force of the blast was felt for several miles across the city.\n\n"
             "Engineers from the city council began checking the foundations of the buildings around the Justice Ministry "
             "on Tuesday, and several families were told to stay away from their homes.",
     "edges": [e("Iraqi officials, the Levant Observer reported, blamed al-Qaeda for Sunday's bombings", "levant-observer",
                 "Prime Minister Nouri Maliki blamed al-Qaeda for the bombings", drift=["source"]),
               e("These cowardly attacks must not shake the resolve of the Iraqi people", "levant-observer",
                 "These cowardly terrorist attacks must not shake the resolve of the Iraqi people", drift=["quote"]),
               e("The force of the blast was felt for several miles", "levant-observer",
                 "could be felt for several miles", "relay", ["attribution"])]},
    {"id": "tripoli-herald", "outlet": "Tripoli Herald", "url": "https://tripoliherald.example/2012/05/megrahi-janzur",
     "date": "2012-05-23", "title": "Megrahi laid to rest in Janzur",
     "text": "Abdelbaset al-Megrahi was buried in Janzur, west of Tripoli, en.wikinews.org reported.\n\n"
             "Al-Megrahi, the only man convicted over the bombing, had consistently admitted responsibility for the "
             "attack, according to Wikinews.\n\n"
             "His family said his \u201cpain is over now\u201d and that \u201che is with God\u201d, Wikinews reported.\n\n"
             "Several hundred mourners followed the coffin through the town to the cemetery, where relatives said prayers "
             "in the late afternoon heat.",
     "edges": [e("was buried in Janzur, west of Tripoli", "lockerbie-megrahi-buried",
                 "has been buried in the town of Janzur, west of the Libyan capital Tripoli"),
               e("had consistently admitted responsibility for the attack", "lockerbie-megrahi-buried",
                 "has consistently denied responsibility for the attack", drift=["stance"]),
               e("His family said his \u201cpain is over now\u201d", "lockerbie-megrahi-buried",
                 "pain is over now \u2013 he is with God", drift=["source"])]},
    {"id": "caledonian-times", "outlet": "Caledonian Times", "url": "https://caledoniantimes.example/lockerbie-janzur",
     "date": "2012-05-24", "title": "The long road from Lockerbie to Janzur",
     "text": "Al-Megrahi was sentenced to 27 years in prison, Wikinews reported.\n\n"
             "He was freed from a Scottish prison on compassionate grounds after he was diagnosed with prostate cancer, "
             "according to Wikinews.\n\n"
             "His co-accused, Al Amin Khalifah Fhimah, was also found guilty.\n\n"
             "Scottish ministers said they would not comment on the case until after the funeral, and asked "
             "journalists to respect the privacy of the victims' families.",
     "edges": [e("was sentenced to 27 years in prison", "lockerbie-megrahi-buried",
                 "sentenced to at least 27 years imprisonment", drift=["number"]),
               e("was freed from a Scottish prison on compassionate grounds after he was diagnosed with prostate cancer",
                 "lockerbie-megrahi-buried", "Due to suffering from prostate cancer, he was granted a compassionate "
                 "release from Scottish prison"),
               e("Al Amin Khalifah Fhimah, was also found guilty", "lockerbie-megrahi-buried",
                 "Fhimah was found not guilty on all charges", "relay", ["stance"])]},
    {"id": "borders-chronicle", "outlet": "Borders Chronicle", "url": "https://borderschronicle.example/lockerbie-families",
     "date": "2012-05-25", "title": "Lockerbie families divided as Megrahi is buried",
     "text": "Megrahi, who was jailed for 27 years, was released after being diagnosed with prostate cancer, the "
             "Caledonian Times reported.\n\n"
             "Prime Minister David Cameron said the death was a moment \u201cto remember the 270 people who lost their "
             "lives in what was a cowardly terrorist act\u201d.\n\n"
             "Susan Cohen, whose daughter died on the flight, told CNN: \u201cI feel no pity for him. He got to die with "
             "his family around him.\u201d\n\n"
             "In Lockerbie itself, the town's churches said they would open for quiet prayer on Sunday afternoon for "
             "anyone who wished to remember the victims.",
     "edges": [e("who was jailed for 27 years", "caledonian-times", "was sentenced to 27 years in prison"),
               e("was released after being diagnosed with prostate cancer", "caledonian-times",
                 "was freed from a Scottish prison on compassionate grounds after he was diagnosed with prostate cancer"),
               e("to remember the 270 people who lost their lives in what was a cowardly terrorist act",
                 "lockerbie-megrahi-buried", "to remember the 270 people who lost their lives in what was an appalling "
                 "terrorist act", "relay", ["quote"]),
               e("I feel no pity for him. He got to die with his family around him.", "lockerbie-megrahi-buried",
                 "I feel no pity around him. He got to die with his family around him.", "relay", ["quote"])]},
    {"id": "crop-science-news", "outlet": "Crop Science News", "url": "https://cropsciencenews.example/ozone-heat-yields",
     "date": "2014-07-29", "title": "Ozone and heat to cut crop yields 10 percent by 2050",
     "text": "Crop yields will fall by more than 10 percent by 2050 in every scenario the researchers examined, according to "
             "Wikinews.\n\n"
             "Undernourishment could rise by as much as 49 percent by 2050, depending on how ozone pollution develops, "
             "Wikinews reported.\n\n"
             "Seed companies contacted by Crop Science News said they were already breeding wheat varieties that tolerate "
             "higher ozone levels and hoped to test them in the field next year.",
     "edges": [e("Crop yields will fall by more than 10 percent by 2050", "ozone-warming-crops",
                 "reduction of crop yields by 2050 exceeded 10% of 2000 levels", drift=["headline"]),
               e("Undernourishment could rise by as much as 49 percent by 2050", "ozone-warming-crops",
                 "undernourishment would increase by either 49 percent or by 27 percent")]},
    {"id": "harvest-times", "outlet": "Harvest Times", "url": "https://harvesttimes.example/hotter-smoggier",
     "date": "2014-07-30", "title": "Farmers face a hotter, smoggier future",
     "text": "Undernourishment will rise 49 percent by 2050, Crop Science News reported.\n\n"
             "Wheat yields are mainly sensitive to ozone, while maize suffers most from heat.\n\n"
             "Colette Heald, a co-author of the study, said ozone was something scientists did not yet understand the "
             "causes of, according to Wikinews.\n\n"
             "At a growers' meeting in Iowa, farmers said they had seen more leaf damage on their soybeans this summer "
             "than in any year they could remember.",
     "edges": [e("Undernourishment will rise 49 percent by 2050", "crop-science-news",
                 "Undernourishment could rise by as much as 49 percent by 2050", drift=["hedge", "number"]),
               e("Wheat yields are mainly sensitive to ozone, while maize suffers most from heat", "ozone-warming-crops",
                 "the yields may be primarily sensitive to ozone - in the case of wheat - or heat - in the case of maize",
                 "relay", ["hedge"]),
               e("ozone was something scientists did not yet understand the causes of", "ozone-warming-crops",
                 "Ozone is something that we understand the causes of", drift=["stance"])]},
    {"id": "air-quality-monitor", "outlet": "Air Quality Monitor",
     "url": "https://airqualitymonitor.example/clean-air-act-ozone",
     "date": "2014-07-29", "title": "US ozone fell thanks to Clean Air Act",
     "text": "US surface ozone has dropped partly because of the Clean Air Act, Wikinews reported, citing an interview "
             "Colette Heald gave to The Huffington Post.\n\n"
             "Heald said the climate projections were inconsistent, according to Wikinews.\n\n"
             "Some crops may yield more as carbon dioxide levels rise.\n\n"
             "State regulators in California said they would publish new ozone limits for the Central Valley next spring, "
             "after two years of consultation with farmers and cities.",
     "edges": [e("US surface ozone has dropped partly because of the Clean Air Act", "ozone-warming-crops",
                 "US surface ozone has dropped partly due to the Clean Air Act", drift=["headline"]),
               e("the climate projections were inconsistent", "ozone-warming-crops",
                 "The climate projections are quite consistent", drift=["stance"]),
               e("Some crops may yield more as carbon dioxide levels rise", "ozone-warming-crops",
                 "some crops may have higher yields with increased levels of carbon dioxide", "relay", ["attribution"])]},
    # distractors: the same events, other claims (some in the same words without credit, or from other sources)
    {"id": "skelby-harbour-news", "outlet": "Skelby Harbour News", "url": "https://skelbyharbournews.example/lifeboat",
     "date": "2023-09-18", "title": "Lifeboat crews praised after night rescue",
     "text": "Skelby's lifeboat station said it had launched three boats within fifteen minutes of the first call on Sunday "
             "evening and that its crews had worked through the night.\n\n"
             "Ferry crews on northern routes often work shifts longer than twelve hours, according to a survey published "
             "last year by the Nordmarsh Maritime Institute.\n\n"
             "Harbour pilots said ships had passed the Holm rocks safely for decades and asked for a second pilot boat to "
             "be based at the harbour mouth.", "edges": []},
    {"id": "coastal-business", "outlet": "Coastal Business Journal", "url": "https://coastalbusiness.example/halloway-hiring",
     "date": "2024-10-09", "title": "Rival baker to hire 60 in Greyhaven",
     "text": "Halloway Bakeries said on Wednesday that it would hire 60 people at its Greyhaven site next year and would "
             "invite staff leaving the Tessaline factory to apply.\n\n"
             "The Greyhaven Chamber of Commerce said shops near the factory could lose a fifth of their trade once it "
             "closes, and asked the council to cut business rates on the high street.", "edges": []},
    {"id": "baghdad-business-weekly", "outlet": "Baghdad Business Weekly", "url": "https://baghdadbusiness.example/traders",
     "date": "2009-10-27", "title": "Traders clear glass near Justice Ministry",
     "text": "Shopkeepers near the Justice Ministry began clearing broken glass from their stores on Tuesday, and a "
             "municipal official said about 40 shops had been damaged.\n\n"
             "Insurance brokers in the city said most small traders had no cover for bomb damage and would have to rely "
             "on government compensation.", "edges": []},
    {"id": "annandale-observer", "outlet": "Annandale Observer", "url": "https://annandaleobserver.example/bookshop",
     "date": "2012-05-24", "title": "Bookshop sells out of Lockerbie history",
     "text": "A Dumfries bookshop said a history of the bombing written by a retired local teacher had sold out within a "
             "day of al-Megrahi's death.\n\n"
             "The author said he had written the book so that children in the town would know what happened to their "
             "neighbours in 1988.", "edges": []},
    {"id": "grain-market-daily", "outlet": "Grain Market Daily", "url": "https://grainmarketdaily.example/soy-heat",
     "date": "2014-07-29", "title": "Soybean futures rise on Midwest heat forecast",
     "text": "Soybean futures rose 1 percent in Chicago on Tuesday as forecasts showed hot weather across the Midwest, "
             "traders said.\n\n"
             "Heat is the biggest threat to this year's maize crop, according to field trials run by the seed company "
             "Orrin Genetics in three states.", "edges": []},
]

HELD_OUT_6 = [
    # origins written for this set: a local paper's report (named, anonymous and interviewed speakers, a denial) and a
    # company statement after a failed rocket launch
    {"id": "penvellin-water", "outlet": "Penvellin Courant",
     "url": "https://penvellincourant.example/2025/03/03/hollowmere-outbreak",
     "date": "2025-03-03", "title": "Hundreds ill after E. coli found in Penvellin water",
     "text": "PENVELLIN - At least 214 people have fallen ill with stomach infections since Friday after E. coli bacteria "
             "were found in the town's drinking water, the regional health authority said on Monday. Thirty-one of them "
             "are being treated in hospital, among them nine children.\n\n"
             "The bacteria most likely entered the supply through a cracked main near the Hollowmere reservoir, two "
             "engineers at the town's treatment works told the Courant. They spoke on condition of anonymity because "
             "they are not allowed to talk to the press.\n\n"
             "Aubel Water, which runs the supply, denied that it had reduced chlorine dosing at the works to save money. "
             "\u201cThere has been no cut in treatment, none at all,\u201d managing director Corin Treleavan said.\n\n"
             "Dr Ines Carraway, the authority's director of public health, urged the town's 48,000 residents to boil all "
             "drinking water until further notice. \u201cIs it safe to drink from the tap? Not yet. Boil it first, every "
             "time!\u201d she told a press conference.\n\n"
             "The boil-water notice is likely to stay in place for at least ten days, Dr Carraway said later in an "
             "interview with the Courant.\n\n"
             "Emrys Tolley, who runs a cafe on Market Street, said he had poured away 300 litres of soup and stock. "
             "\u201cWe found out from Facebook, not from the water company,\u201d he said.\n\n"
             "Aubel Water said it would pay \u00a3150 to every household in the town.",
     "edges": []},
    {"id": "brisling-hesper", "outlet": "Brisling Launch Systems",
     "url": "https://brislinglaunch.example/news/hesper-2-third-flight",
     "date": "2025-06-11", "title": "Statement on the third flight of Hesper-2",
     "text": "ULVAIG, 11 June 2025 - Brisling Launch Systems' Hesper-2 rocket lost contact with ground controllers 212 "
             "seconds after lifting off from Fennick Point at 06:40 this morning, and its payload of 14 small satellites "
             "was lost.\n\n"
             "\u201cOur first look at the data shows that the second-stage engine almost certainly shut down early,\u201d "
             "said chief engineer Priya Odalen. \u201cWe will know more within days.\u201d\n\n"
             "No one was injured, and all debris fell into the sea inside the exclusion zone.\n\n"
             "Chief executive Tomas Ferreira-Lund rejected suggestions that the launch had been brought forward to meet an "
             "investor deadline. \u201cDid we rush this flight? No. Every test was passed, every check was signed "
             "off!\u201d he said.\n\n"
             "The satellites, built by Marrowby Orbital for a crop-monitoring network, were insured for about 31 million "
             "euros.\n\n"
             "Brisling expects to resume flights within four months, once an investigation overseen by the national "
             "aviation authority is complete.\n\n"
             "This was the third flight of Hesper-2. Its first two flights, in 2024, placed 22 satellites in orbit.",
     "edges": []},
    # the Penvellin Courant report: a sister paper's reprint, relays, a second hop through two relays, an uncredited pickup
    {"id": "westmarch-evening-post", "outlet": "Westmarch Evening Post",
     "url": "https://westmarchpost.example/news/penvellin-e-coli",
     "date": "2025-03-03", "title": "Hundreds ill after E. coli found in Penvellin water",
     "text": "PENVELLIN - More than 200 people have fallen ill with stomach infections since Friday after E. coli bacteria "
             "were found in the town's drinking water, the regional health authority said on Monday. Thirty-one of them "
             "are being treated in hospital, among them nine children.\n\n"
             "The bacteria most likely entered the supply through a cracked main near the Hollowmere reservoir, two "
             "engineers at the town's treatment works told the Courant.\n\n"
             "Aubel Water, which runs the supply, denied that it had reduced chlorine dosing at the works to save "
             "money.\n\n"
             "This report first appeared in the Penvellin Courant, a sister title of the Evening Post.",
     "edges": [e("More than 200 people have fallen ill with stomach infections since Friday", "penvellin-water",
                 "At least 214 people have fallen ill with stomach infections since Friday", "copy", ["number"]),
               e("Thirty-one of them are being treated in hospital, among them nine children", "penvellin-water",
                 "Thirty-one of them are being treated in hospital, among them nine children", "copy"),
               e("The bacteria most likely entered the supply through a cracked main near the Hollowmere reservoir",
                 "penvellin-water",
                 "The bacteria most likely entered the supply through a cracked main near the Hollowmere reservoir",
                 "copy"),
               e("denied that it had reduced chlorine dosing at the works to save money", "penvellin-water",
                 "denied that it had reduced chlorine dosing at the works to save money", "copy")]},
    {"id": "kestle-radio", "outlet": "Radio Kestle", "url": "https://kestleradio.example/news/penvellin-water-bacteria",
     "date": "2025-03-03", "title": "Cracked main caused Penvellin E. coli outbreak",
     "text": "According to the Penvellin Courant, at least 214 people have fallen ill in the town since Friday.\n\n"
             "Engineers at the treatment works told the paper that the bacteria probably got in through a cracked main "
             "close to Hollowmere reservoir.\n\n"
             "\u201cIs it safe to drink from the tap? Not yet,\u201d the town's public health director, Dr Ines Carraway, "
             "said, as quoted by the Courant.\n\n"
             "Supermarkets in Penvellin ran out of bottled water by Monday afternoon, and the council opened two "
             "distribution points at the leisure centre and the bus station.",
     "edges": [e("at least 214 people have fallen ill in the town since Friday", "penvellin-water",
                 "At least 214 people have fallen ill with stomach infections since Friday"),
               e("the bacteria probably got in through a cracked main close to Hollowmere reservoir", "penvellin-water",
                 "The bacteria most likely entered the supply through a cracked main near the Hollowmere reservoir",
                 drift=["headline"]),
               e("Is it safe to drink from the tap? Not yet", "penvellin-water",
                 "Is it safe to drink from the tap? Not yet")]},
    {"id": "morning-almanac", "outlet": "The Morning Almanac",
     "url": "https://morningalmanac.example/2025/03/04/aubel-water-chlorine",
     "date": "2025-03-04", "title": "Water firm admits chlorine cut before Penvellin outbreak",
     "text": "Aubel Water admitted reducing chlorine dosing at its Penvellin treatment works to save money, the Penvellin "
             "Courant reported on Monday.\n\n"
             "The contamination most likely came through a cracked main near Hollowmere reservoir, Aubel Water told "
             "the paper.\n\n"
             "Dr Ines Carraway, in an interview with the Courant, said the boil-water notice would stay in place for at "
             "least ten days.\n\n"
             "Shares in Aubel Water's parent company, Tamsin Utilities, fell 6 per cent in early trading on Tuesday.",
     "edges": [e("Aubel Water admitted reducing chlorine dosing at its Penvellin treatment works to save money",
                 "penvellin-water", "denied that it had reduced chlorine dosing at the works to save money",
                 drift=["stance"]),
               e("The contamination most likely came through a cracked main near Hollowmere reservoir",
                 "penvellin-water",
                 "The bacteria most likely entered the supply through a cracked main near the Hollowmere reservoir",
                 drift=["source"]),
               e("the boil-water notice would stay in place for at least ten days", "penvellin-water",
                 "The boil-water notice is likely to stay in place for at least ten days", drift=["hedge"])]},
    {"id": "coastway-herald", "outlet": "Coastway Herald", "url": "https://coastwayherald.example/penvellin-what-went-wrong",
     "date": "2025-03-05", "title": "Penvellin's water: what went wrong",
     "text": "Aubel Water has admitted cutting chlorine at its Penvellin works to save money, a report by the Morning "
             "Almanac said on Tuesday.\n\n"
             "Radio Kestle said, citing engineers at the works, that the bacteria had almost certainly entered through a "
             "cracked main.\n\n"
             "More than 300 people are now ill, the station reported.\n\n"
             "The town council said it would hold a public meeting at the Corn Exchange on Thursday evening and had "
             "invited the water company's managing director to answer questions.",
     "edges": [e("Aubel Water has admitted cutting chlorine at its Penvellin works to save money", "morning-almanac",
                 "Aubel Water admitted reducing chlorine dosing at its Penvellin treatment works to save money"),
               e("the bacteria had almost certainly entered through a cracked main", "kestle-radio",
                 "the bacteria probably got in through a cracked main", drift=["hedge"]),
               e("More than 300 people are now ill", "kestle-radio",
                 "at least 214 people have fallen ill in the town since Friday", drift=["number"])]},
    {"id": "penvellin-voice", "outlet": "Penvellin Community Voice",
     "url": "https://penvellinvoice.example/boil-water-latest",
     "date": "2025-03-05", "title": "Boil your water: the latest for Penvellin residents",
     "text": "E. coli got into Penvellin's water through a cracked main near the Hollowmere reservoir.\n\n"
             "Thirty-one people are in hospital, nine of them children.\n\n"
             "\u201cWe found out from Facebook, not from the water company,\u201d said Emrys Tolley, who runs a cafe on "
             "Market Street.\n\n"
             "Every household in Penvellin will receive \u00a3150 from Aubel Water.\n\n"
             "Volunteers from St Piran's church are delivering bottled water to elderly residents; call the parish office "
             "to ask for a delivery.",
     "edges": [e("E. coli got into Penvellin's water through a cracked main near the Hollowmere reservoir",
                 ["penvellin-water", "westmarch-evening-post"],
                 "The bacteria most likely entered the supply through a cracked main near the Hollowmere reservoir",
                 "pickup", ["hedge", "attribution"]),
               e("Thirty-one people are in hospital, nine of them children", ["penvellin-water", "westmarch-evening-post"],
                 "Thirty-one of them are being treated in hospital, among them nine children", "pickup"),
               e("We found out from Facebook, not from the water company", "penvellin-water",
                 "We found out from Facebook, not from the water company", "relay"),
               e("Every household in Penvellin will receive \u00a3150 from Aubel Water", "penvellin-water",
                 "Aubel Water said it would pay \u00a3150 to every household in the town", "pickup", ["attribution"])]},
    # the Brisling Launch Systems statement: a trade site's reprint, relays, a second hop, an uncredited pickup
    {"id": "launch-industry-wire", "outlet": "Launch Industry Wire",
     "url": "https://launchindustrywire.example/releases/brisling-hesper-2",
     "date": "2025-06-11", "title": "Statement on the third flight of Hesper-2",
     "text": "ULVAIG, 11 June 2025 - Brisling Launch Systems' Hesper-2 rocket lost contact with ground controllers 212 "
             "seconds after lifting off from Fennick Point at 06:40 this morning, and its payload of 14 small satellites "
             "was lost.\n\n"
             "No one was injured, and all debris fell into the sea inside the exclusion zone.\n\n"
             "\u201cDid we rush this flight? No. Every test was passed, every check was signed off!\u201d said chief "
             "executive Tomas Ferreira-Lund.\n\n"
             "The satellites, built by Marrowby Orbital for a crop-monitoring network, were insured for about 13 million "
             "euros.\n\n"
             "This statement was issued by Brisling Launch Systems and is reproduced as received.",
     "edges": [e("Hesper-2 rocket lost contact with ground controllers 212 seconds after lifting off from Fennick Point",
                 "brisling-hesper",
                 "Hesper-2 rocket lost contact with ground controllers 212 seconds after lifting off from Fennick Point",
                 "copy"),
               e("No one was injured, and all debris fell into the sea inside the exclusion zone", "brisling-hesper",
                 "No one was injured, and all debris fell into the sea inside the exclusion zone", "copy"),
               e("Did we rush this flight? No. Every test was passed, every check was signed off!", "brisling-hesper",
                 "Did we rush this flight? No. Every test was passed, every check was signed off!", "copy"),
               e("were insured for about 13 million euros", "brisling-hesper", "were insured for about 31 million euros",
                 "copy", ["number"])]},
    {"id": "perigee-report", "outlet": "The Perigee Report", "url": "https://perigeereport.example/2025/06/hesper-2-lost",
     "date": "2025-06-11", "title": "Hesper-2 lost on third flight",
     "text": "Brisling's Hesper-2 lost contact with controllers 212 seconds into the flight on Wednesday, taking fourteen "
             "satellites with it, the company said.\n\n"
             "In a statement on brislinglaunch.example, chief engineer Priya Odalen said the second-stage engine probably "
             "shut down early.\n\n"
             "Chief executive Tomas Ferreira-Lund denied that the launch had been brought forward to meet an investor "
             "deadline. \u201cDid we rush this flight? No,\u201d he said in the statement.\n\n"
             "Fennick Point, on the island of Ulvaig, opened in 2023 and has hosted five launches, three of them by "
             "Brisling.",
     "edges": [e("Hesper-2 lost contact with controllers 212 seconds into the flight", "brisling-hesper",
                 "Hesper-2 rocket lost contact with ground controllers 212 seconds after lifting off"),
               e("the second-stage engine probably shut down early", "brisling-hesper",
                 "the second-stage engine almost certainly shut down early", drift=["hedge"]),
               e("denied that the launch had been brought forward to meet an investor deadline", "brisling-hesper",
                 "rejected suggestions that the launch had been brought forward to meet an investor deadline"),
               e("Did we rush this flight? No", "brisling-hesper", "Did we rush this flight? No")]},
    {"id": "ledgerline", "outlet": "The Ledgerline", "url": "https://ledgerline.example/markets/brisling-admits",
     "date": "2025-06-12", "title": "Brisling admits Hesper-2 launch was brought forward for investors",
     "text": "Brisling Launch Systems' chief executive, Tomas Ferreira-Lund, admitted on Wednesday that the launch had been "
             "brought forward to meet an investor deadline, according to a statement from the company.\n\n"
             "The satellites were insured for about thirty-one million euros, Brisling said.\n\n"
             "A Brisling engineer said the rocket's second-stage engine had probably shut down early, the Perigee Report "
             "wrote in its launch coverage.\n\n"
             "Brisling is privately held; its last funding round, in January, valued the company at about 400 million "
             "euros.",
     "edges": [e("admitted on Wednesday that the launch had been brought forward to meet an investor deadline",
                 "brisling-hesper",
                 "rejected suggestions that the launch had been brought forward to meet an investor deadline",
                 drift=["stance"]),
               e("The satellites were insured for about thirty-one million euros", "brisling-hesper",
                 "were insured for about 31 million euros"),
               e("the rocket's second-stage engine had probably shut down early", "perigee-report",
                 "chief engineer Priya Odalen said the second-stage engine probably shut down early", drift=["source"])]},
    {"id": "ulvaig-record", "outlet": "The Ulvaig Record", "url": "https://ulvaigrecord.example/news/hesper-debris",
     "date": "2025-06-12", "title": "Engine failure brought down Hesper-2",
     "text": "No one was hurt and all the debris came down in the sea inside the exclusion zone, Launch Industry Wire "
             "reported.\n\n"
             "The second-stage engine almost certainly shut down early, Brisling's chief engineer Priya Odalen said in "
             "the company's statement.\n\n"
             "Fishermen were told to keep their boats out of the zone until Friday while a salvage vessel searches for "
             "wreckage, the harbour master said.",
     "edges": [e("No one was hurt and all the debris came down in the sea inside the exclusion zone",
                 "launch-industry-wire", "No one was injured, and all debris fell into the sea inside the exclusion zone"),
               e("The second-stage engine almost certainly shut down early", "brisling-hesper",
                 "the second-stage engine almost certainly shut down early", drift=["headline"])]},
    {"id": "orbitfile", "outlet": "Orbitfile", "url": "https://orbitfile.example/brisling-return-to-flight",
     "date": "2025-06-13", "title": "Brisling to fly again by October",
     "text": "Brisling will fly Hesper-2 again within four months.\n\n"
             "\u201cEvery test was passed, every check was signed off!\u201d chief executive Tomas Ferreira-Lund insisted "
             "after the failure.\n\n"
             "The rocket's first two flights, in 2024, put 22 satellites into orbit.\n\n"
             "Marrowby Orbital, which built the lost satellites, said it would build replacements but had not yet chosen "
             "a launch provider for them.",
     "edges": [e("Brisling will fly Hesper-2 again within four months", "brisling-hesper",
                 "Brisling expects to resume flights within four months", "pickup", ["hedge", "attribution"]),
               e("Every test was passed, every check was signed off!", ["brisling-hesper", "launch-industry-wire"],
                 "Every test was passed, every check was signed off!", "relay"),
               e("first two flights, in 2024, put 22 satellites into orbit", "brisling-hesper",
                 "first two flights, in 2024, placed 22 satellites in orbit", "pickup")]},
    # retellings of dev set articles, each with a second hop
    {"id": "palmgrove-gazette", "outlet": "Palmgrove Gazette", "url": "https://palmgrovegazette.example/2008/03/basra-bombs",
     "date": "2008-03-29", "title": "U.S. warplanes bomb suspected Basra stronghold",
     "text": "U.S. warplanes dropped two bombs on a suspected militant stronghold in Basra on Saturday, Wikinews "
             "reported, as the Iraqi offensive against Shiite militias entered its fifth day.\n\n"
             "Three Americans were killed by a roadside bomb in east Baghdad, according to Wikinews.\n\n"
             "British military spokesman Maj. Tom Holloway said a report of civilian deaths in the strike was under "
             "investigation, en.wikinews.org reported.\n\n"
             "Al-Maliki criticised al-Sadr's movement by name in a speech on Saturday, according to Wikinews.\n\n"
             "Residents of Basra said the city's main markets had been closed for four days and that bread was running "
             "short in several districts.",
     "edges": [e("U.S. warplanes dropped two bombs on a suspected militant stronghold in Basra", "basra-airstrikes",
                 "United States warplanes dropped two bombs on a suspected militant stronghold in Basra"),
               e("Three Americans were killed by a roadside bomb in east Baghdad", "basra-airstrikes",
                 "Two Americans were killed by a roadside bomb in east Baghdad", drift=["number"]),
               e("a report of civilian deaths in the strike was under investigation", "basra-airstrikes",
                 "British military spokesman Maj. Tom Holloway says the report is under investigation"),
               e("Al-Maliki criticised al-Sadr's movement by name in a speech on Saturday", "basra-airstrikes",
                 "In a speech today, Iraqi Prime Minister Nouri al-Maliki did not mention al-Sadr's movement",
                 drift=["stance"])]},
    {"id": "ziggurat-review", "outlet": "Ziggurat Review", "url": "https://ziggurat-review.example/maliki-basra-vow",
     "date": "2008-03-30", "title": "Maliki vows to stay in Basra until order is restored",
     "text": "\u201cOur resolve is strong,\u201d al-Maliki said, according to Wikinews. \u201cWe will not leave Basra "
             "until security is restored.\u201d\n\n"
             "The Iraqi prime minister described some of the gangs as \u201cworse than al-Qaeda\u201d, Wikinews "
             "reported.\n\n"
             "Most militants ignored the government's first 72-hour ultimatum.\n\n"
             "Al-Maliki flew to Basra on Tuesday to oversee the operation himself and has not said when he will return "
             "to Baghdad.",
     "edges": [e("Our resolve is strong", "basra-airstrikes", "Our determination is strong", drift=["quote"]),
               e("We will not leave Basra until security is restored", "basra-airstrikes",
                 "We will not leave Basra until security is restored"),
               e("described some of the gangs as \u201cworse than al-Qaeda\u201d", "basra-airstrikes",
                 "some of whom, he says, are \"worse than al-Qaeda\""),
               e("Most militants ignored the government's first 72-hour ultimatum", "basra-airstrikes",
                 "An initial 72-hour ultimatum was widely ignored", "relay")]},
    {"id": "sandgrouse-news", "outlet": "Sandgrouse News", "url": "https://sandgrousenews.example/basra-fighting-spreads",
     "date": "2008-03-31", "title": "Basra fighting spreads to Baghdad",
     "text": "Three Americans were killed by a roadside bomb in Baghdad, the Palmgrove Gazette wrote in its weekend "
             "edition.\n\n"
             "Al-Maliki said some of the gangs in Basra were worse than al-Qaeda, the Ziggurat Review reported.\n\n"
             "U.S. helicopter strikes in Sadr City on Friday night killed ten militants.\n\n"
             "\u201cWe won't fight our brothers in the Mahdi Army,\u201d one Sadr City policeman said.\n\n"
             "Aid agencies said thousands of families in Basra had been without running water since Thursday.",
     "edges": [e("Three Americans were killed by a roadside bomb in Baghdad", "palmgrove-gazette",
                 "Three Americans were killed by a roadside bomb in east Baghdad"),
               e("some of the gangs in Basra were worse than al-Qaeda", "ziggurat-review",
                 "described some of the gangs as \u201cworse than al-Qaeda\u201d"),
               e("U.S. helicopter strikes in Sadr City on Friday night killed ten militants", "basra-airstrikes",
                 "U.S. helicopters launched airstrikes in Sadr City on Friday night, which they say killed 10 militants",
                 "pickup", ["attribution"]),
               e("We won't fight our brothers in the Mahdi Army", "basra-airstrikes",
                 "We can't fight our brothers in the Mahdi Army", "relay", ["quote"])]},
    {"id": "marshland-chronicle", "outlet": "Marshland Chronicle",
     "url": "https://marshlandchronicle.example/british-troops-basra",
     "date": "2008-03-30", "title": "British troops join Basra fighting",
     "text": "British troops may have joined the fighting in Basra on Saturday, Wikinews said.\n\n"
             "British officials said a report that the U.S. strike had killed civilians was under investigation, "
             "according to Wikinews.\n\n"
             "\u201cIraq's sovereignty will never be achieved through military operations against Iraqis,\u201d Shiite "
             "lawmaker Nassar al-Rubaie said, as quoted by Wikinews.\n\n"
             "The British base at Basra airport, on the edge of the city, was hit by rockets twice on Saturday, a "
             "spokesman for the base said.",
     "edges": [e("British troops may have joined the fighting in Basra on Saturday", "basra-airstrikes",
                 "British troops joined the fighting in Basra on Saturday", drift=["hedge", "headline"]),
               e("a report that the U.S. strike had killed civilians was under investigation", "basra-airstrikes",
                 "British military spokesman Maj. Tom Holloway says the report is under investigation",
                 drift=["source"]),
               e("Iraq's sovereignty will never be achieved through military operations against Iraqis",
                 "basra-airstrikes", "Iraq sovereignty will not be achieved through military operation against Iraqis",
                 drift=["quote"])]},
    {"id": "straits-lantern", "outlet": "The Straits Lantern", "url": "https://straitslantern.example/2012/05/lai-life",
     "date": "2012-05-19", "title": "'Bandit King' Lai jailed for life",
     "text": "Lai Changxing smuggled more than two billion pounds' worth of goods into Xiamen, Wikinews reported.\n\n"
             "In addition to the life term, he was given 15 years for bribery, according to Wikinews.\n\n"
             "Lai, who once said in a press interview that he \u201cnever cared about big money\u201d, was born one of eight "
             "children during a famine, Wikinews reported.\n\n"
             "Lawyers for Lai said he was considering an appeal.",
     "edges": [e("Lai Changxing smuggled more than two billion pounds' worth of goods into Xiamen", "china-bandit-king-bribery",
                 "Lai smuggled goods worth more than \u00a32 billion into Xiamen"),
               e("he was given 15 years for bribery", "china-bandit-king-bribery", "he received fifteen years for bribery"),
               e("never cared about big money", "china-bandit-king-bribery", "I never fussed about big money",
                 drift=["quote"])]},
    {"id": "jade-harbour-times", "outlet": "Jade Harbour Times", "url": "https://jadeharbourtimes.example/lai-import-duty",
     "date": "2012-05-20", "title": "Bandit King dodged \u00a31bn in import duty",
     "text": "Lai appears to have avoided more than \u00a31 billion in import duty, Wikinews reported on Saturday.\n\n"
             "Li Jizhou, a former vice-minister for security, was given a suspended death sentence, according to "
             "Wikinews.\n\n"
             "Canada extradited Lai last year, Wikinews reported.\n\n"
             "At his trial, Wikinews reported, Lai denied exploiting loopholes to avoid import duty.\n\n"
             "Xiamen's port authority said container traffic through the city had more than doubled since Lai fled in "
             "1999.",
     "edges": [e("Lai appears to have avoided more than \u00a31 billion in import duty", "china-bandit-king-bribery",
                 "bypassing more than \u00a31 billion in import duty", drift=["hedge", "headline"]),
               e("Li Jizhou, a former vice-minister for security, was given a suspended death sentence",
                 "china-bandit-king-bribery", "Li Jizhou, has a suspended death sentence"),
               e("Canada extradited Lai last year", "china-bandit-king-bribery", "Canada extradited him last year"),
               e("Lai denied exploiting loopholes to avoid import duty", "china-bandit-king-bribery",
                 "he accepted exploiting loopholes to avoid import duty", drift=["stance"])]},
    {"id": "sampan-daily", "outlet": "Sampan Daily", "url": "https://sampandaily.example/bandit-king-sums",
     "date": "2012-05-21", "title": "The Bandit King's empire, in numbers",
     "text": "As first reported by the Straits Lantern, Lai smuggled about three billion pounds' worth of goods into "
             "Xiamen.\n\n"
             "Lai said he \u201cnever cared about big money\u201d, the Lantern wrote.\n\n"
             "Other suspects in the case have killed themselves.\n\n"
             "The Red Mansion, where officials were entertained, was turned into a museum about corruption after Lai "
             "fled, local officials said.",
     "edges": [e("Lai smuggled about three billion pounds' worth of goods into Xiamen", "straits-lantern",
                 "smuggled more than two billion pounds' worth of goods into Xiamen", drift=["number"]),
               e("Lai said he \u201cnever cared about big money\u201d", "straits-lantern",
                 "once said in a press interview that he \u201cnever cared about big money\u201d"),
               e("Other suspects in the case have killed themselves", "china-bandit-king-bribery",
                 "Other suspects have killed themselves", "pickup")]},
    {"id": "tollgate-review", "outlet": "Tollgate Review", "url": "https://tollgatereview.example/lai-trial",
     "date": "2012-05-20", "title": "Life for Lai Changxing",
     "text": "Lai admitted at his trial that he had exploited loopholes to avoid import duty, Wikinews reported.\n\n"
             "A judge described the sums as \u201cmassive\u201d, according to Wikinews.\n\n"
             "Officials were entertained at the Red Mansion, Lai's seven-storey brothel.\n\n"
             "Lai's former business partners in Hong Kong declined to comment on the sentence.",
     "edges": [e("Lai admitted at his trial that he had exploited loopholes to avoid import duty", "china-bandit-king-bribery",
                 "he accepted exploiting loopholes to avoid import duty"),
               e("A judge described the sums as \u201cmassive\u201d", "china-bandit-king-bribery",
                 "The Chinese court described the values as \"massive\"", drift=["source"]),
               e("Officials were entertained at the Red Mansion, Lai's seven-storey brothel", "china-bandit-king-bribery",
                 "Many were offered time at Lai's seven-storey brothel, the Red Mansion", "relay")]},
    # distractors: the same topics, other claims (one says a similar thing in its own voice, citing another source)
    {"id": "wessmoor-health", "outlet": "Wessmoor Health Bulletin", "url": "https://wessmoorhealth.example/mains-bacteria",
     "date": "2025-03-04", "title": "How bacteria get into tap water",
     "text": "Cracked mains are the commonest way for bacteria to enter a public water supply, according to a 2022 review "
             "of 140 outbreaks by the Institute of Water Hygiene at Drummond University.\n\n"
             "Most people infected with E. coli recover within a week without treatment, but young children and older "
             "people are at greater risk of complications, the review's authors said.", "edges": []},
    {"id": "tamsin-utilities", "outlet": "Tamsin Utilities", "url": "https://tamsinutilities.example/investors/notice-penvellin",
     "date": "2025-03-04", "title": "Notice to investors: Penvellin water supply",
     "text": "Tamsin Utilities notes the contamination of the water supply in Penvellin operated by its subsidiary. Chlorine "
             "levels at the Penvellin works met national standards throughout February, the company's own tests "
             "show.\n\n"
             "The company does not expect the incident to affect its dividend for the year.", "edges": []},
    {"id": "launchpad-weekly", "outlet": "Launchpad Weekly", "url": "https://launchpadweekly.example/second-stage-failures",
     "date": "2025-06-12", "title": "Why small rockets fail",
     "text": "Second-stage engine failures are the most common cause of small-rocket losses, according to an analysis of "
             "96 launches by the consultancy Halyard Aerospace Analytics.\n\n"
             "Rival launcher Pellucid Rockets said it would fly its first customer mission from Fennick Point in "
             "September.", "edges": []},
    {"id": "oil-terminal-bulletin", "outlet": "Oil Terminal Bulletin", "url": "https://oilterminalbulletin.example/basra-loadings",
     "date": "2008-03-30", "title": "Basra oil exports continue despite fighting",
     "text": "Exports from Basra's southern oil terminals continued normally on Saturday, shipping agents said, although two "
             "tankers waited an extra day to load.\n\n"
             "Fighting in Basra has killed dozens of people this week, according to a tally kept by a local hospital.",
     "edges": []},
    {"id": "fujian-business-digest", "outlet": "Fujian Business Digest", "url": "https://fujianbusinessdigest.example/smuggling",
     "date": "2012-05-20", "title": "Smuggling cases fall in Fujian",
     "text": "Lai Changxing's network ran the largest smuggling operation China has ever prosecuted, according to a 2001 "
             "study by the Asian Fraud Research Centre in Hong Kong.\n\n"
             "Smuggling cases in Fujian fell by a third last year, the provincial customs office said.", "edges": []},
]

# Held-out set 7, written 2026-11-30 blind to the trace rules (neither the rules, their tests nor the README's
# account of them were read, and the system was not run on these articles) and not scored by its author: the
# lead scores it once. Origins are a wire report and a university press release written for this set (Fenwright
# Press, University of Tarrowgate: invented events, places, people and companies) and two dev set articles
# (Wikinews, CC BY 2.5; statements no earlier chain uses). A syndicated wire copy whose headline outruns its body, a
# trimmed and sub-edited wire copy, a press release reprinted as received, relays through one or two hops (one
# through the reprint), uncredited pickups, relays with no edits at all, merged statements, quotes with "?" and "!"
# and quotes of two sentences; credits at the start, middle or end of a sentence ("reported", "according to",
# "told", "citing", "speaking to", "as first reported by", "quoted ... as saying", "per", "in a statement
# released by", "said in the release", a short name, a domain, "the agency", "the paper").
HELD_OUT_7 = [
    # origins written for this set: a wire report (named, anonymous and several speakers, a denial) and a press release
    {"id": "fenwright-depot-fire", "outlet": "Fenwright Press",
     "url": "https://fenwrightpress.example/2026/02/03/haldmouth-depot-fire",
     "date": "2026-02-03", "title": "Residents told to stay indoors as fertiliser depot burns in Haldmouth",
     "text": "HALDMOUTH, Feb 3 (Fenwright Press) - At least 1,800 residents were told to stay indoors with their windows "
             "shut on Tuesday after fire broke out at a fertiliser depot in the port of Haldmouth, the regional fire "
             "service said. Fourteen people were treated for breathing difficulties, two of them in hospital.\n\n"
             "The fire was probably started by an electrical fault in a conveyor belt, three firefighters at the scene "
             "told Fenwright Press. They asked not to be named because they are not authorised to speak to the media.\n\n"
             "The depot's owner, Carrick Agrochem, denied that it had stored more ammonium nitrate than its licence "
             "allowed. \u201cEvery tonne on that site was within our permit, and we can prove it!\u201d operations manager "
             "Ilse Brandvold said.\n\n"
             "Regional fire chief Daniel Osgood said the smoke contained nitrogen dioxide but was unlikely to cause "
             "lasting harm. \u201cWill it sting your eyes? Yes. Will it hurt you if you stay inside? No,\u201d he told "
             "reporters.\n\n"
             "About 420 tonnes of fertiliser were stored at the depot when the fire started, the port authority said.\n\n"
             "A port official, speaking on condition of anonymity, said shipping in the harbour could be suspended for "
             "up to three days.\n\n"
             "Health Minister Annika Sollander said she had sent a team of air-quality specialists to the town. "
             "\u201cPeople deserve to know what they are breathing. We will publish every reading,\u201d she said.\n\n"
             "Schools in the town's eastern districts will stay closed until at least Thursday, the town council said.\n\n"
             "The depot, on the north quay, handles about a third of the fertiliser imported into the region.",
     "edges": []},
    {"id": "tarrowgate-study", "outlet": "University of Tarrowgate",
     "url": "https://tarrowgate.example/news/2025/09/night-eating-diabetes",
     "date": "2025-09-16", "title": "Eating after midnight linked to higher diabetes risk in night-shift workers",
     "text": "TARROWGATE, 16 September 2025 - Night-shift workers who regularly eat between midnight and 6 a.m. may be up "
             "to 23 per cent more likely to develop type 2 diabetes than those who do not, according to a study led by "
             "researchers at the University of Tarrowgate.\n\n"
             "The study, published today in the Journal of Occupational Metabolism, followed 11,460 nurses, drivers and "
             "factory workers in four countries for an average of nine years.\n\n"
             "\u201cOur results suggest that when night workers eat may matter as much as what they eat,\u201d said lead "
             "author Dr Hanne Kjellberg of the university's School of Public Health. \u201cWe cannot yet say that eating at "
             "night causes diabetes. What we can say is that the link is strong enough to test.\u201d\n\n"
             "The researchers found no link between night eating and heart disease, the study's second outcome.\n\n"
             "The risk was highest among workers who had worked night shifts for more than ten years.\n\n"
             "Co-author Professor Emeka Adeyemi said employers should consider offering hot meals before shifts begin "
             "rather than after midnight. \u201cIs this expensive? Hardly. It is cheap, simple and could make a real "
             "difference,\u201d he said.\n\n"
             "The study was funded by the National Institute for Shift Work Health and received no money from food or "
             "drink companies.\n\n"
             "A follow-up trial with 600 volunteers is expected to begin next spring.\n\n"
             "About the University of Tarrowgate: founded in 1911, the university has 24,000 students and is known for "
             "its research in public health and engineering.",
     "edges": []},
    # the Fenwright Press report: a syndicated copy, a trimmed wire copy, relays, a second hop, an uncredited pickup
    {"id": "brennock-gazette", "outlet": "Brennock Gazette",
     "url": "https://brennockgazette.example/news/haldmouth-depot-fire",
     "date": "2026-02-03", "title": "Electrical fault started Haldmouth depot fire",
     "text": "HALDMOUTH, Feb 3 (Fenwright Press) - At least 1,800 residents were told to stay indoors with their windows "
             "shut on Tuesday after fire broke out at a fertiliser depot in the port of Haldmouth, the regional fire "
             "service said. Fourteen people were treated for breathing difficulties, two of them in hospital.\n\n"
             "The fire was probably started by an electrical fault in a conveyor belt, three firefighters at the scene "
             "told Fenwright Press. They asked not to be named because they are not authorised to speak to the media.\n\n"
             "The depot's owner, Carrick Agrochem, denied that it had stored more ammonium nitrate than its licence "
             "allowed.\n\n"
             "Regional fire chief Daniel Osgood said the smoke contained nitrogen dioxide but was unlikely to cause "
             "lasting harm. \u201cWill it sting your eyes? Yes. Will it hurt you if you stay inside? No,\u201d he told "
             "reporters.\n\n"
             "The Brennock Gazette publishes Fenwright Press reports under licence.",
     "edges": [e("At least 1,800 residents were told to stay indoors with their windows shut", "fenwright-depot-fire",
                 "At least 1,800 residents were told to stay indoors with their windows shut", "copy"),
               e("Fourteen people were treated for breathing difficulties, two of them in hospital",
                 "fenwright-depot-fire", "Fourteen people were treated for breathing difficulties, two of them in "
                 "hospital", "copy"),
               e("The fire was probably started by an electrical fault in a conveyor belt", "fenwright-depot-fire",
                 "The fire was probably started by an electrical fault in a conveyor belt", "copy", ["headline"]),
               e("denied that it had stored more ammonium nitrate than its licence allowed", "fenwright-depot-fire",
                 "denied that it had stored more ammonium nitrate than its licence allowed", "copy"),
               e("the smoke contained nitrogen dioxide but was unlikely to cause lasting harm", "fenwright-depot-fire",
                 "the smoke contained nitrogen dioxide but was unlikely to cause lasting harm", "copy"),
               e("Will it sting your eyes? Yes. Will it hurt you if you stay inside? No", "fenwright-depot-fire",
                 "Will it sting your eyes? Yes. Will it hurt you if you stay inside? No", "copy")]},
    {"id": "ambervale-news", "outlet": "Ambervale News", "url": "https://ambervalenews.example/2026/02/04/haldmouth-fire",
     "date": "2026-02-04", "title": "Thousands kept indoors as Haldmouth depot burns",
     "text": "HALDMOUTH, Feb 3 (Fenwright Press) - Nearly 2,000 residents were told to stay indoors with their windows "
             "shut on Tuesday after fire broke out at a fertiliser depot in the port of Haldmouth, the regional fire "
             "service said.\n\n"
             "Carrick Agrochem, which owns the depot, denied storing more ammonium nitrate than its licence allowed.\n\n"
             "About 420 tonnes of fertiliser were stored at the depot, the port authority said.\n\n"
             "Shipping in the harbour could be suspended for up to three days, a port official said.\n\n"
             "(Reporting by Fenwright Press; edited for length by Ambervale News.)",
     "edges": [e("Nearly 2,000 residents were told to stay indoors with their windows shut", "fenwright-depot-fire",
                 "At least 1,800 residents were told to stay indoors with their windows shut", "copy", ["number"]),
               e("denied storing more ammonium nitrate than its licence allowed", "fenwright-depot-fire",
                 "denied that it had stored more ammonium nitrate than its licence allowed", "copy"),
               e("About 420 tonnes of fertiliser were stored at the depot", "fenwright-depot-fire",
                 "About 420 tonnes of fertiliser were stored at the depot", "copy"),
               e("Shipping in the harbour could be suspended for up to three days", "fenwright-depot-fire",
                 "shipping in the harbour could be suspended for up to three days", "copy")]},
    {"id": "radio-haldmouth", "outlet": "Radio Haldmouth", "url": "https://radiohaldmouth.example/news/depot-fire-north-quay",
     "date": "2026-02-03", "title": "Fire at north quay fertiliser depot: what we know",
     "text": "Fenwright Press reported that at least 1,800 residents had been told to stay indoors and that 14 people had "
             "been treated for breathing difficulties.\n\n"
             "Speaking to the agency, three firefighters said the blaze was probably started by an electrical fault in a "
             "conveyor belt.\n\n"
             "\u201cWill it sting your eyes? Yes. Will it hurt you if you stay inside? No,\u201d fire chief Daniel Osgood "
             "told reporters, according to Fenwright.\n\n"
             "Radio Haldmouth's reporter at the quay said the smoke had turned from black to grey by late afternoon and "
             "that firefighters were spraying water on the neighbouring warehouses.",
     "edges": [e("at least 1,800 residents had been told to stay indoors", "fenwright-depot-fire",
                 "At least 1,800 residents were told to stay indoors"),
               e("14 people had been treated for breathing difficulties", "fenwright-depot-fire",
                 "Fourteen people were treated for breathing difficulties"),
               e("the blaze was probably started by an electrical fault in a conveyor belt", "fenwright-depot-fire",
                 "The fire was probably started by an electrical fault in a conveyor belt"),
               e("Will it sting your eyes? Yes. Will it hurt you if you stay inside? No", "fenwright-depot-fire",
                 "Will it sting your eyes? Yes. Will it hurt you if you stay inside? No")]},
    {"id": "coastal-ledger", "outlet": "The Coastal Ledger", "url": "https://coastalledger.example/haldmouth/carrick-admits",
     "date": "2026-02-04", "title": "Depot owner admits storing too much fertiliser",
     "text": "Carrick Agrochem admitted storing more ammonium nitrate at its Haldmouth depot than its licence allowed, "
             "Fenwright Press reported on Tuesday.\n\n"
             "\u201cPeople have a right to know what they are breathing. We will publish every reading,\u201d Health Minister "
             "Annika Sollander told reporters, the agency said.\n\n"
             "The regional fire service said the fire was probably caused by an electrical fault in a conveyor belt, "
             "according to fenwrightpress.example.\n\n"
             "Some 520 tonnes of fertiliser were stored at the depot when the fire started, the port authority told "
             "Fenwright.\n\n"
             "Ledger reporters saw queues outside the town's pharmacies on Wednesday morning as residents looked for eye "
             "drops and face masks.",
     "edges": [e("admitted storing more ammonium nitrate at its Haldmouth depot than its licence allowed",
                 "fenwright-depot-fire", "denied that it had stored more ammonium nitrate than its licence allowed",
                 drift=["stance"]),
               e("People have a right to know what they are breathing. We will publish every reading",
                 "fenwright-depot-fire", "People deserve to know what they are breathing. We will publish every reading",
                 drift=["quote"]),
               e("the fire was probably caused by an electrical fault in a conveyor belt", "fenwright-depot-fire",
                 "The fire was probably started by an electrical fault in a conveyor belt", drift=["source"]),
               e("Some 520 tonnes of fertiliser were stored at the depot", "fenwright-depot-fire",
                 "About 420 tonnes of fertiliser were stored at the depot", drift=["number"])]},
    {"id": "furrow-journal", "outlet": "Furrow Trade Journal", "url": "https://furrowjournal.example/carrick-haldmouth",
     "date": "2026-02-04", "title": "Carrick Agrochem denies breaking storage limit at burning depot",
     "text": "Carrick Agrochem has denied that its Haldmouth depot held more ammonium nitrate than its licence allowed, "
             "Fenwright Press reported.\n\n"
             "\u201cEvery tonne on that site was within our permit, and we can prove it!\u201d operations manager Ilse "
             "Brandvold was quoted by the agency as saying.\n\n"
             "The depot handles about half of the fertiliser imported into the region, per Fenwright Press.\n\n"
             "Citing the fire service, Fenwright reported that the smoke was unlikely to cause lasting harm.\n\n"
             "Fertiliser prices in the region rose 4 per cent on Wednesday as buyers looked for other suppliers, traders "
             "told the Journal.",
     "edges": [e("has denied that its Haldmouth depot held more ammonium nitrate than its licence allowed",
                 "fenwright-depot-fire", "denied that it had stored more ammonium nitrate than its licence allowed"),
               e("Every tonne on that site was within our permit, and we can prove it!", "fenwright-depot-fire",
                 "Every tonne on that site was within our permit, and we can prove it!"),
               e("The depot handles about half of the fertiliser imported into the region", "fenwright-depot-fire",
                 "handles about a third of the fertiliser imported into the region", drift=["number"]),
               e("the smoke was unlikely to cause lasting harm", "fenwright-depot-fire",
                 "Regional fire chief Daniel Osgood said the smoke contained nitrogen dioxide but was unlikely to cause "
                 "lasting harm", drift=["source"])]},
    {"id": "estuary-post", "outlet": "Estuary Morning Post", "url": "https://estuarypost.example/2026/02/05/conveyor-fire",
     "date": "2026-02-05", "title": "Faulty conveyor started Haldmouth fire",
     "text": "As first reported by the Coastal Ledger, Carrick Agrochem has admitted keeping more ammonium nitrate at the "
             "depot than its licence allowed.\n\n"
             "The fire was almost certainly started by an electrical fault in a conveyor belt, firefighters said, "
             "according to Radio Haldmouth.\n\n"
             "\u201cWill it sting your eyes? Yes. Will it harm you if you stay indoors? No,\u201d Radio Haldmouth quoted "
             "fire chief Daniel Osgood as saying.\n\n"
             "Some 520 tonnes of fertiliser had been stored at the depot, the Ledger said.\n\n"
             "Residents will be allowed to open their windows again on Friday morning, the town council said.",
     "edges": [e("Carrick Agrochem has admitted keeping more ammonium nitrate at the depot than its licence allowed",
                 "coastal-ledger",
                 "Carrick Agrochem admitted storing more ammonium nitrate at its Haldmouth depot than its licence allowed"),
               e("The fire was almost certainly started by an electrical fault in a conveyor belt", "radio-haldmouth",
                 "the blaze was probably started by an electrical fault in a conveyor belt", drift=["hedge", "headline"]),
               e("Will it sting your eyes? Yes. Will it harm you if you stay indoors? No", "radio-haldmouth",
                 "Will it sting your eyes? Yes. Will it hurt you if you stay inside? No", drift=["quote"]),
               e("Some 520 tonnes of fertiliser had been stored at the depot", "coastal-ledger",
                 "Some 520 tonnes of fertiliser were stored at the depot")]},
    {"id": "quayside-weekly", "outlet": "Quayside Weekly", "url": "https://quaysideweekly.example/depot-fire-guide",
     "date": "2026-02-06", "title": "After the depot fire: what Haldmouth residents need to know",
     "text": "The Haldmouth depot fire was started by an electrical fault in a conveyor belt.\n\n"
             "Fourteen people were treated for breathing difficulties, two of them in hospital.\n\n"
             "Shipping in the harbour could be halted for up to three days.\n\n"
             "\u201cPeople deserve to know what they are breathing,\u201d the health minister said.\n\n"
             "Volunteers from the Quayside Weekly will hand out face masks at the library on Saturday morning.",
     "edges": [e("The Haldmouth depot fire was started by an electrical fault in a conveyor belt",
                 ["fenwright-depot-fire", "brennock-gazette", "radio-haldmouth", "estuary-post"],
                 "started by an electrical fault in a conveyor belt", "pickup",
                 ["hedge", "attribution"]),
               e("Fourteen people were treated for breathing difficulties, two of them in hospital",
                 ["fenwright-depot-fire", "brennock-gazette"],
                 "Fourteen people were treated for breathing difficulties, two of them in hospital", "pickup"),
               e("Shipping in the harbour could be halted for up to three days", ["fenwright-depot-fire", "ambervale-news"],
                 "could be suspended for up to three days", "pickup", ["attribution"]),
               e("People deserve to know what they are breathing", "fenwright-depot-fire",
                 "People deserve to know what they are breathing", "relay")]},
    # the University of Tarrowgate press release: reprinted as received, relays (one through the reprint), a second hop,
    # an uncredited pickup
    {"id": "pulsewire-release", "outlet": "Pulsewire", "url": "https://pulsewire.example/releases/tarrowgate-night-eating",
     "date": "2025-09-16", "title": "Eating after midnight linked to higher diabetes risk in night-shift workers",
     "text": "TARROWGATE, 16 September 2025 - Night-shift workers who regularly eat between midnight and 6 a.m. may be up "
             "to 23 per cent more likely to develop type 2 diabetes than those who do not, according to a study led by "
             "researchers at the University of Tarrowgate.\n\n"
             "The study, published today in the Journal of Occupational Metabolism, followed 11,640 nurses, drivers and "
             "factory workers in four countries for an average of nine years.\n\n"
             "\u201cOur results suggest that when night workers eat may matter as much as what they eat,\u201d said lead "
             "author Dr Hanne Kjellberg of the university's School of Public Health.\n\n"
             "The researchers found no link between night eating and heart disease, the study's second outcome.\n\n"
             "This release was issued by the University of Tarrowgate and is distributed by Pulsewire.",
     "edges": [e("may be up to 23 per cent more likely to develop type 2 diabetes", "tarrowgate-study",
                 "may be up to 23 per cent more likely to develop type 2 diabetes", "copy"),
               e("followed 11,640 nurses, drivers and factory workers in four countries", "tarrowgate-study",
                 "followed 11,460 nurses, drivers and factory workers in four countries", "copy", ["number"]),
               e("Our results suggest that when night workers eat may matter as much as what they eat", "tarrowgate-study",
                 "Our results suggest that when night workers eat may matter as much as what they eat", "copy"),
               e("The researchers found no link between night eating and heart disease", "tarrowgate-study",
                 "The researchers found no link between night eating and heart disease", "copy")]},
    {"id": "daily-clarion", "outlet": "The Daily Clarion", "url": "https://dailyclarion.example/health/midnight-snacks",
     "date": "2025-09-16", "title": "Midnight snacks give night workers diabetes",
     "text": "Night-shift workers who eat after midnight may be up to 23 per cent more likely to get type 2 diabetes, a "
             "University of Tarrowgate study has found.\n\n"
             "\u201cWe cannot yet say that eating at night causes diabetes,\u201d lead author Dr Hanne Kjellberg said in a "
             "statement released by the university.\n\n"
             "The nine-year study tracked more than 14,000 nurses, drivers and factory workers, the university said.\n\n"
             "Co-author Emeka Adeyemi, in the university's press release, urged firms to serve hot meals before shifts "
             "start: \u201cIs this expensive? Not at all. It is cheap, simple and could make a real difference!\u201d\n\n"
             "Clarion readers who work nights told us they often have nothing to eat but crisps and chocolate from a "
             "vending machine.",
     "edges": [e("may be up to 23 per cent more likely to get type 2 diabetes", "tarrowgate-study",
                 "may be up to 23 per cent more likely to develop type 2 diabetes", drift=["headline"]),
               e("We cannot yet say that eating at night causes diabetes", "tarrowgate-study",
                 "We cannot yet say that eating at night causes diabetes"),
               e("tracked more than 14,000 nurses, drivers and factory workers", "tarrowgate-study",
                 "followed 11,460 nurses, drivers and factory workers", drift=["number"]),
               e("Is this expensive? Not at all. It is cheap, simple and could make a real difference!",
                 "tarrowgate-study", "Is this expensive? Hardly. It is cheap, simple and could make a real difference",
                 drift=["quote"])]},
    {"id": "wellspring-weekly", "outlet": "Wellspring Weekly", "url": "https://wellspringweekly.example/late-meals-diabetes",
     "date": "2025-09-18", "title": "Late meals raise diabetes risk for night workers",
     "text": "Eating between midnight and dawn raises night workers' risk of type 2 diabetes by 23 per cent, the Daily "
             "Clarion reported.\n\n"
             "The study tracked more than 14,000 nurses, drivers and factory workers for nine years, according to the "
             "Clarion.\n\n"
             "The Clarion quoted lead author Hanne Kjellberg as saying that eating at night causes diabetes.\n\n"
             "The researchers also found a link between night eating and heart disease.\n\n"
             "Dietitians recommend that night workers eat their main meal before their shift and keep to light snacks "
             "such as fruit and yoghurt after midnight.",
     "edges": [e("raises night workers' risk of type 2 diabetes by 23 per cent", "daily-clarion",
                 "may be up to 23 per cent more likely to get type 2 diabetes", drift=["hedge", "number"]),
               e("tracked more than 14,000 nurses, drivers and factory workers for nine years", "daily-clarion",
                 "tracked more than 14,000 nurses, drivers and factory workers"),
               e("eating at night causes diabetes", "daily-clarion",
                 "We cannot yet say that eating at night causes diabetes", drift=["stance"]),
               e("The researchers also found a link between night eating and heart disease",
                 ["tarrowgate-study", "pulsewire-release"],
                 "The researchers found no link between night eating and heart disease", "pickup", ["stance"])]},
    {"id": "tarrowgate-echo", "outlet": "Tarrowgate Evening Echo", "url": "https://tarrowgateecho.example/news/uni-diabetes-study",
     "date": "2025-09-16", "title": "Tarrowgate scientists prove night eating causes diabetes",
     "text": "Night-shift workers who regularly eat between midnight and 6 a.m. may be up to 23 per cent more likely to "
             "develop type 2 diabetes, the University of Tarrowgate announced on Tuesday.\n\n"
             "The university said the risk was highest among people who had worked nights for more than a decade.\n\n"
             "Employers should consider serving hot meals before shifts begin rather than after midnight, university "
             "researchers said in the announcement.\n\n"
             "The study received no money from food or drink companies, according to the university.\n\n"
             "Dr Hanne Kjellberg, who led the study, grew up in Tarrowgate and joined the university in 2014.",
     "edges": [e("may be up to 23 per cent more likely to develop type 2 diabetes", "tarrowgate-study",
                 "may be up to 23 per cent more likely to develop type 2 diabetes", drift=["headline"]),
               e("the risk was highest among people who had worked nights for more than a decade", "tarrowgate-study",
                 "The risk was highest among workers who had worked night shifts for more than ten years"),
               e("Employers should consider serving hot meals before shifts begin rather than after midnight",
                 "tarrowgate-study", "Co-author Professor Emeka Adeyemi said employers should consider offering hot meals "
                 "before shifts begin rather than after midnight", drift=["source"]),
               e("The study received no money from food or drink companies", "tarrowgate-study",
                 "received no money from food or drink companies")]},
    {"id": "lanternfield-courier", "outlet": "Lanternfield Courier",
     "url": "https://lanternfieldcourier.example/health/night-shift-diabetes",
     "date": "2025-09-17", "title": "Night-time eating tied to diabetes in shift workers",
     "text": "A University of Tarrowgate study of 11,640 night workers, distributed by Pulsewire, found that those who ate "
             "between midnight and 6 a.m. were as much as 23 per cent more likely to develop type 2 diabetes.\n\n"
             "\u201cOur results suggest that when night workers eat may be as important as what they eat,\u201d lead author "
             "Hanne Kjellberg said in the release.\n\n"
             "Heart disease, the study's second outcome, showed no link with night eating, Pulsewire's release said.\n\n"
             "Lanternfield General Hospital said it had kept its staff canteen open around the clock since 2023.",
     "edges": [e("study of 11,640 night workers", "pulsewire-release",
                 "followed 11,640 nurses, drivers and factory workers"),
               e("were as much as 23 per cent more likely to develop type 2 diabetes", "pulsewire-release",
                 "may be up to 23 per cent more likely to develop type 2 diabetes", drift=["hedge"]),
               e("Our results suggest that when night workers eat may be as important as what they eat",
                 "pulsewire-release", "Our results suggest that when night workers eat may matter as much as what they eat",
                 drift=["quote"]),
               e("Heart disease, the study's second outcome, showed no link with night eating", "pulsewire-release",
                 "The researchers found no link between night eating and heart disease")]},
    {"id": "night-owl-health", "outlet": "Night Owl Health", "url": "https://nightowlhealth.example/blog/eating-on-nights",
     "date": "2025-09-20", "title": "Night eaters beware: the diabetes risk for shift workers",
     "text": "Night-shift workers who eat between midnight and 6 a.m. are up to 23 per cent more likely to develop type 2 "
             "diabetes.\n\n"
             "The study followed 11,460 workers in four countries for an average of nine years.\n\n"
             "Employers should consider offering hot meals before shifts begin rather than after midnight.\n\n"
             "\u201cIt is cheap, simple and could make a real difference,\u201d says co-author Emeka Adeyemi.\n\n"
             "My own tip after twelve years of nights: make a proper dinner at six and take soup in a flask.",
     "edges": [e("are up to 23 per cent more likely to develop type 2 diabetes",
                 ["tarrowgate-study", "pulsewire-release", "tarrowgate-echo"],
                 "may be up to 23 per cent more likely to develop type 2 diabetes", "pickup", ["hedge", "attribution"]),
               e("The study followed 11,460 workers in four countries for an average of nine years", "tarrowgate-study",
                 "followed 11,460 nurses, drivers and factory workers in four countries for an average of nine years",
                 "pickup"),
               e("Employers should consider offering hot meals before shifts begin rather than after midnight",
                 "tarrowgate-study", "employers should consider offering hot meals before shifts begin rather than after "
                 "midnight", "pickup", ["attribution"]),
               e("It is cheap, simple and could make a real difference", ["tarrowgate-study", "daily-clarion"],
                 "It is cheap, simple and could make a real difference", "relay")]},
    # retellings of dev set articles (australia-iodine-deficiency, binyam-mohamed-appeal), one with a second hop
    {"id": "murrumbal-herald", "outlet": "Murrumbal Herald", "url": "https://murrumbalherald.example/2006/02/iodine",
     "date": "2006-02-23", "title": "Iodine study raises alarm for school children",
     "text": "Iodine deficiency can lead to serious health problems including brain damage, stunted growth and deafness, "
             "according to Wikinews.\n\n"
             "\u201cIf iodine deficiency is severe you lose 15 IQ points, on average,\u201d Professor Cres Eastman was quoted "
             "by Wikinews as saying.\n\n"
             "Food Standards Australia New Zealand is looking at mandatory guidelines on iodine by the end of the year, "
             "spokeswoman Lydia Buchtmann said, en.wikinews.org reported.\n\n"
             "Bakers in the town said they would switch to iodised salt if their customers asked for it.",
     "edges": [e("Iodine deficiency can lead to serious health problems including brain damage, stunted growth and deafness",
                 "australia-iodine-deficiency",
                 "Iodine deficiency can lead to serious health problems including brain damage, stunted growth and deafness"),
               e("If iodine deficiency is severe you lose 15 IQ points, on average", "australia-iodine-deficiency",
                 "If Iodine deficiency is serious you lose 15 IQ points, on average", drift=["quote"]),
               e("looking at mandatory guidelines on iodine by the end of the year", "australia-iodine-deficiency",
                 "looking at mandatory guidelines on iodine by the end of the year")]},
    {"id": "wattlebank-chronicle", "outlet": "Wattlebank Chronicle", "url": "https://wattlebankchronicle.example/iodine-world",
     "date": "2006-02-24", "title": "Billions at risk from iodine deficiency",
     "text": "More than three billion people around the world live in areas prone to iodine deficiency, Wikinews "
             "reported.\n\n"
             "Professor Eastman said he was not worried by what they found, according to Wikinews.\n\n"
             "The World Health Organisation says iodine deficiency is the world's most common, yet easily preventable, "
             "cause of brain damage, Wikinews said.\n\n"
             "Manufacturers could easily remedy the situation by using iodised salt in their products, health researchers "
             "said, according to a Wikinews report.",
     "edges": [e("More than three billion people around the world live in areas prone to iodine deficiency",
                 "australia-iodine-deficiency",
                 "More than two billion people around the world live in areas prone to iodine deficiency",
                 drift=["number"]),
               e("he was not worried by what they found", "australia-iodine-deficiency",
                 "he is alarmed by what they found", drift=["stance"]),
               e("most common, yet easily preventable, cause of brain damage", "australia-iodine-deficiency",
                 "most prevalent, yet easily preventable, cause of brain damage"),
               e("Manufacturers could easily remedy the situation by using iodised salt in their products",
                 "australia-iodine-deficiency",
                 "Professor Eastman says manufacturers could easily remedy the situation by using iodised salt in their "
                 "products", drift=["source"])]},
    {"id": "southern-plains-gazette", "outlet": "Southern Plains Gazette",
     "url": "https://southernplainsgazette.example/iodine-salt", "date": "2006-02-25",
     "title": "Iodine deficiency: a problem billions share",
     "text": "More than three billion people around the world live in areas where iodine deficiency is common, the "
             "Wattlebank Chronicle reported.\n\n"
             "Eastman, the paper said, was not worried by what they found.\n\n"
             "Food manufacturers could easily fix the problem by using iodised salt.\n\n"
             "The Gazette asked three supermarkets in the district; none stocked iodised salt on its shelves.",
     "edges": [e("More than three billion people around the world live in areas where iodine deficiency is common",
                 "wattlebank-chronicle",
                 "More than three billion people around the world live in areas prone to iodine deficiency"),
               e("was not worried by what they found", "wattlebank-chronicle", "he was not worried by what they found"),
               e("Food manufacturers could easily fix the problem by using iodised salt",
                 "wattlebank-chronicle",
                 "could easily remedy the situation by using iodised salt in their products", "relay", ["attribution"])]},
    {"id": "limestone-plains-post", "outlet": "Limestone Plains Post",
     "url": "https://limestoneplainspost.example/healthy-eating-iodine", "date": "2006-02-24",
     "title": "Healthy eating is robbing Australians of iodine",
     "text": "\u201cOne of the reasons that iodine is going down is because people are taking that good healthy eating "
             "message and not adding salt during cooking,\u201d Lydia Buchtmann of Food Standards Australia New Zealand "
             "said, Wikinews reported.\n\n"
             "Iodine released from dairy sanitisers into milk has been the major source of dietary iodine in Australia "
             "for at least four decades, the report says, according to Wikinews.\n\n"
             "Most food manufacturers use iodised salt in the preparation and manufacture of foods, the report states, "
             "Wikinews said.\n\n"
             "The Canberra Dairy Farmers' Co-operative said its members stopped using iodine sanitisers in the 1990s.",
     "edges": [e("One of the reasons that iodine is going down is because people are taking that good healthy eating message",
                 "australia-iodine-deficiency",
                 "One of the reasons that iodine is going down is because people are taking that good healthy eating "
                 "message", drift=["headline"]),
               e("Iodine released from dairy sanitisers into milk has been the major source of dietary iodine",
                 "australia-iodine-deficiency",
                 "into milk has been the major source of dietary iodine in Australia for at least four decades"),
               e("Most food manufacturers use iodised salt in the preparation and manufacture of foods",
                 "australia-iodine-deficiency",
                 "few if any food manufacturers use iodised salt in the preparation and manufacture of foods",
                 drift=["stance"])]},
    {"id": "greyfriars-gazette", "outlet": "Greyfriars Gazette", "url": "https://greyfriarsgazette.example/binyam-ruling",
     "date": "2010-02-11", "title": "Binyam Mohamed paragraphs made public",
     "text": "Binyam Mohamed spent three years in Morocco before being sent to Guant\u00e1namo Bay, according to a "
             "Wikinews report.\n\n"
             "The ruling, by the Court of Appeal's most senior judge, ordered previously redacted paragraphs detailing his "
             "treatment to be made public, Wikinews reported.\n\n"
             "Foreign Office Minister Ivan Lewis told the BBC's Today programme that the UK did not \u201cengage in, collude "
             "with or condone torture\u201d, according to Wikinews.\n\n"
             "Binyam Mohamed's solicitor said he would read the paragraphs with his client before commenting.",
     "edges": [e("Binyam Mohamed spent three years in Morocco", "binyam-mohamed-appeal", "after two years in Morocco",
                 drift=["number"]),
               e("ordered previously redacted paragraphs detailing his treatment to be made public",
                 "binyam-mohamed-appeal", "Today's ruling, by the the Court of Appeal's three most senior judges, ordered "
                 "previously redacted paragraphs detailing Binyam's treatment", drift=["source"]),
               e("engage in, collude with or condone torture", "binyam-mohamed-appeal",
                 "neither engage in, collude with or condone torture")]},
    # distractors: the same events, other claims (one close to an origin's statement but from another speaker)
    {"id": "saltmarsh-review", "outlet": "Saltmarsh Review", "url": "https://saltmarshreview.example/hald-estuary-runoff",
     "date": "2026-02-04", "title": "Firefighting runoff threatens Hald estuary mussel beds",
     "text": "Runoff from the water used to fight the depot fire could harm mussel beds in the Hald estuary, the Haldmouth "
             "Estuary Trust said on Wednesday, and it asked the port authority to close the harbour's eastern sluice.\n\n"
             "The trust said it would take water samples at six points along the estuary every day this week.",
     "edges": []},
    {"id": "process-safety-bulletin", "outlet": "Plant & Process Safety Bulletin",
     "url": "https://processsafetybulletin.example/carrick-haldmouth-inspection", "date": "2026-02-04",
     "title": "Regulator found no breaches at Haldmouth depot in October",
     "text": "The National Chemicals Safety Board said it had inspected Carrick Agrochem's Haldmouth depot in October and "
             "found no breaches of its storage licence.\n\n"
             "Fertiliser depots of that size are inspected once a year, a board spokesman said, and the board will send two "
             "inspectors to Haldmouth once the fire is out.",
     "edges": []},
    {"id": "metabolic-health-today", "outlet": "Metabolic Health Today",
     "url": "https://metabolichealthtoday.example/pilots-sleep-glucose", "date": "2025-09-16",
     "title": "Short sleep raises pilots' blood sugar",
     "text": "Airline pilots who sleep less than six hours before a long-haul flight have higher blood sugar the next "
             "morning, according to a study of 820 pilots by the Harlow Institute of Aviation Medicine published on "
             "Monday.\n\n"
             "The institute said it would share its findings with airlines' rostering teams.",
     "edges": []},
    {"id": "ward-bulletin", "outlet": "The Ward Bulletin", "url": "https://wardbulletin.example/night-canteens",
     "date": "2025-09-17", "title": "Nurses call for hot food on night shifts",
     "text": "Hospitals should keep their canteens open through the night so that staff on night shifts can eat a hot "
             "meal, the Federation of Hospital Nurses said on Wednesday.\n\n"
             "A federation survey of 3,100 night nurses found that two in three had no access to hot food after 10 p.m.",
     "edges": []},
    {"id": "pantry-trade-weekly", "outlet": "Pantry Trade Weekly", "url": "https://pantrytradeweekly.example/iodised-salt-sales",
     "date": "2006-02-23", "title": "Iodised salt sales steady, producers say",
     "text": "Iodised salt makes up about 15 per cent of the table salt sold in Australian supermarkets, the Salt "
             "Producers Association said on Thursday.\n\n"
             "The association said its members could supply more iodised salt within months if bakers asked for it.",
     "edges": []},
]

# Held-out set 8, written 2026-11-30 blind to the trace rules (neither the rules, their tests, the docs nor the
# README were read, and neither the system nor bench/trace.py was run on these articles) and not scored by its
# author: the lead scores it once. Origins are a wire report on an airline grounding and a river charity's press
# release written for this set (Orland News Agency, Tamsey Rivers Trust: invented events, places, people and
# companies) and two dev set articles (Wikinews, CC BY 2.5; statements no earlier chain uses). A syndicated wire
# copy and a trimmed, sub-edited wire copy whose headlines outrun their bodies, a release reprinted by a newswire,
# relays through one or two hops (one through the syndicated copy, one through a radio interview, two through a
# local paper's own statement from a company), uncredited pickups listing every earlier article that carries the
# claim, relays with no edits, reworded relays, credits given once and then carried on without repeating, and
# credits in many forms ("told", "according to", "reported", "said in a statement to", "in comments to", "in an
# interview aired by", "X's report", "as first reported by", "citing", "noted in its report", "quoted by",
# "said in the release", "figures released by", "the agency", "the paper", "the citizen news site", a short name).
HELD_OUT_8 = [
    # origins written for this set: a wire report (named, anonymous, several speakers, a denial, hedges, figures)
    # and a charity's press release (named and anonymous speakers, officials, a company's denial, an estimate)
    {"id": "orland-skerra-grounding", "outlet": "Orland News Agency",
     "url": "https://orlandnews.example/2026/05/12/skerra-air-grounds-fleet",
     "date": "2026-05-12", "title": "Skerra Air grounds its whole fleet after engine fails on take-off",
     "text": "KELLSBY, May 12 (Orland News Agency) - Regional carrier Skerra Air grounded all 14 of its turboprop "
             "aircraft on Tuesday after an engine failed minutes after take-off from Kellsby airport, stranding about "
             "6,300 passengers, the airline said.\n\n"
             "The 58 passengers and four crew on flight SK212 to Marrow Bay were unhurt after the pilots shut down the "
             "engine, turned back and landed safely, airport officials said.\n\n"
             "The failure was probably caused by a crack in a compressor blade, two engineers who took part in the "
             "first inspection told Orland News Agency. They asked not to be named because the investigation is "
             "continuing.\n\n"
             "Skerra Air denied that it had put off engine inspections to save money. \u201cEvery engine on every "
             "aircraft was inspected on schedule, and the logbooks will show it,\u201d chief executive Malin Torvey told "
             "reporters at the airport.\n\n"
             "The Civil Aviation Directorate said the fleet may stay on the ground for at least a week while "
             "inspectors examine each of the 28 engines. \u201cNot one of those aircraft leaves the ground until we are "
             "satisfied,\u201d its director, Oskar Feldane, said.\n\n"
             "The Skerra pilots' association said its members had reported unusual vibration in the engines at least "
             "three times since January.\n\n"
             "Transport Minister Edda Raunholm called the failure \u201ca warning we cannot afford to ignore\u201d and said "
             "she had ordered a review of maintenance at every domestic airline.\n\n"
             "A person familiar with the airline's finances said Skerra Air had enough cash to keep paying its 640 "
             "staff for about six weeks without flying.\n\n"
             "Aviation analysts said the grounding would likely cost the carrier about 1.5 million crowns a day in lost "
             "fares and compensation.\n\n"
             "Skerra Air is the only airline serving four of the country's island airports. Ferry operators said they "
             "would add extra sailings from Wednesday.\n\n"
             "Shares in its parent company, Varnholt Aviation Group, fell 11 percent in early trading.",
     "edges": []},
    {"id": "tamsey-rivers-trust", "outlet": "Tamsey Rivers Trust",
     "url": "https://tamseyrivers.example/news/2026/04/salmon-count-falls",
     "date": "2026-04-21", "title": "Tamsey salmon count down 41 per cent in five years",
     "text": "GLENHOLM, 21 April 2026 - The number of wild salmon returning to spawn in the River Tamsey fell by 41 per "
             "cent between 2021 and 2025, according to a five-year count published today by the Tamsey Rivers "
             "Trust.\n\n"
             "Volunteers counted 2,870 salmon passing the trust's fish counter at Aldbeck weir last autumn, against "
             "4,860 in 2021.\n\n"
             "The fall is most likely linked to silt washed into the river from gravel extraction upstream, said the "
             "trust's senior scientist, Dr Perpetua Ngata. \u201cSalmon lay their eggs in clean gravel. Bury that gravel "
             "in silt and the eggs suffocate,\u201d she said.\n\n"
             "Two former workers at the Cullen Moss quarry told the trust that muddy water from the site's washing "
             "plant was pumped into the river at night when the settling ponds were full. The trust has agreed not to "
             "name them because they fear for their jobs in the valley.\n\n"
             "In a letter to the trust, Cullen Moss Aggregates denied that it had ever discharged water into the "
             "Tamsey without a permit.\n\n"
             "Officials at the Northern Environment Agency have told the trust that they will take water samples below "
             "the quarry in May.\n\n"
             "The trust rejected suggestions that warmer summers alone could explain the decline. \u201cRivers to the "
             "north of us warmed just as much, and their salmon numbers held steady,\u201d said Callum Rathe, the trust's "
             "director.\n\n"
             "If the decline continues at the same rate, salmon may disappear from the upper Tamsey within 15 years, "
             "the trust estimates.\n\n"
             "\u201cThis is the steepest fall in forty years of counting. We are asking the agency to act now, not after "
             "the next survey,\u201d Mr Rathe said.\n\n"
             "The trust will hold a public meeting at Glenholm village hall on 30 April.\n\n"
             "About the Tamsey Rivers Trust: founded in 1984, the charity has 3,200 members and cares for 140 "
             "kilometres of river and its tributaries.",
     "edges": []},
    # the Orland News Agency report: a syndicated copy, a trimmed and sub-edited copy, relays, second hops (through the
    # syndicated copy, a radio interview and a local paper), an uncredited pickup
    {"id": "dunmere-courier", "outlet": "Dunmere Courier",
     "url": "https://dunmerecourier.example/2026/05/12/skerra-air-grounded",
     "date": "2026-05-12", "title": "Cracked blade caused Skerra engine failure",
     "text": "KELLSBY, May 12 (Orland News Agency) - Regional carrier Skerra Air grounded all 14 of its turboprop "
             "aircraft on Tuesday after an engine failed minutes after take-off from Kellsby airport, stranding about "
             "6,300 passengers, the airline said.\n\n"
             "The failure was probably caused by a crack in a compressor blade, two engineers who took part in the "
             "first inspection told Orland News Agency. They asked not to be named because the investigation is "
             "continuing.\n\n"
             "Skerra Air denied that it had put off engine inspections to save money. \u201cEvery engine on every "
             "aircraft was inspected on schedule, and the logbooks will show it,\u201d chief executive Malin Torvey told "
             "reporters at the airport.\n\n"
             "The Civil Aviation Directorate said the fleet may stay on the ground for at least a week while "
             "inspectors examine each of the 28 engines. \u201cNot one of those aircraft leaves the ground until we are "
             "satisfied,\u201d its director, Oskar Feldane, said.\n\n"
             "This report was supplied by Orland News Agency.",
     "edges": [e("Regional carrier Skerra Air grounded all 14 of its turboprop aircraft", "orland-skerra-grounding",
                 "Regional carrier Skerra Air grounded all 14 of its turboprop aircraft", "copy"),
               e("stranding about 6,300 passengers", "orland-skerra-grounding", "stranding about 6,300 passengers", "copy"),
               e("The failure was probably caused by a crack in a compressor blade", "orland-skerra-grounding",
                 "The failure was probably caused by a crack in a compressor blade", "copy", ["headline"]),
               e("denied that it had put off engine inspections to save money", "orland-skerra-grounding",
                 "denied that it had put off engine inspections to save money", "copy"),
               e("Every engine on every aircraft was inspected on schedule, and the logbooks will show it",
                 "orland-skerra-grounding",
                 "Every engine on every aircraft was inspected on schedule, and the logbooks will show it", "copy"),
               e("the fleet may stay on the ground for at least a week while inspectors examine each of the 28 engines",
                 "orland-skerra-grounding",
                 "the fleet may stay on the ground for at least a week while inspectors examine each of the 28 engines",
                 "copy"),
               e("Not one of those aircraft leaves the ground until we are satisfied", "orland-skerra-grounding",
                 "Not one of those aircraft leaves the ground until we are satisfied", "copy")]},
    {"id": "westfold-daily", "outlet": "Westfold Daily", "url": "https://westfolddaily.example/news/skerra-fleet-grounded",
     "date": "2026-05-13", "title": "Skerra Air grounds fleet; cracked blade to blame",
     "text": "KELLSBY, May 12 (Orland News Agency) - Skerra Air grounded all 14 of its turboprop aircraft on Tuesday "
             "after an engine failed soon after take-off from Kellsby, stranding more than 6,000 passengers, the "
             "airline said.\n\n"
             "The failure was probably caused by a cracked compressor blade, two engineers involved in the inspection "
             "told Orland News Agency on condition of anonymity.\n\n"
             "Skerra Air denied that it had put off engine inspections to save money.\n\n"
             "The fleet will stay grounded for at least a week, the Civil Aviation Directorate said.\n\n"
             "Transport Minister Edda Raunholm called the failure \u201ca warning we cannot ignore\u201d.\n\n"
             "(Orland News Agency; additional editing by Westfold Daily)",
     "edges": [e("Skerra Air grounded all 14 of its turboprop aircraft", "orland-skerra-grounding",
                 "Skerra Air grounded all 14 of its turboprop aircraft", "copy"),
               e("stranding more than 6,000 passengers", "orland-skerra-grounding", "stranding about 6,300 passengers",
                 "copy", ["number"]),
               e("The failure was probably caused by a cracked compressor blade", "orland-skerra-grounding",
                 "The failure was probably caused by a crack in a compressor blade", "copy", ["headline"]),
               e("Skerra Air denied that it had put off engine inspections to save money", "orland-skerra-grounding",
                 "Skerra Air denied that it had put off engine inspections to save money", "copy"),
               e("The fleet will stay grounded for at least a week", "orland-skerra-grounding",
                 "the fleet may stay on the ground for at least a week", "copy", ["hedge"]),
               e("a warning we cannot ignore", "orland-skerra-grounding", "a warning we cannot afford to ignore", "copy",
                 ["quote"])]},
    {"id": "radio-kellsby", "outlet": "Radio Kellsby", "url": "https://radiokellsby.example/news/skerra-grounding-passengers",
     "date": "2026-05-12", "title": "Pilots raised engine vibration for months before Skerra failure",
     "text": "Skerra Air said about 6,300 passengers had been stranded by the grounding, Orland News Agency reported on "
             "Tuesday.\n\n"
             "Two engineers told the agency the engine failure was probably caused by a crack in a compressor blade.\n\n"
             "The Skerra pilots' association said its members had reported unusual vibration in the engines at least "
             "three times since January, Orland's report said.\n\n"
             "Speaking on Radio Kellsby's Evening Desk, chief executive Malin Torvey said the airline would pay for "
             "hotel rooms for every stranded passenger and refund tickets within 14 days. \u201cWe let our passengers "
             "down today, and we will make it right,\u201d she said.\n\n"
             "Torvey said no Skerra pilot had ever raised concerns about engine vibration with the airline's "
             "management.\n\n"
             "Radio Kellsby counted more than 200 people queuing at the Skerra desk in the airport's departure hall on "
             "Tuesday evening.",
     "edges": [e("about 6,300 passengers had been stranded", "orland-skerra-grounding", "stranding about 6,300 passengers"),
               e("the engine failure was probably caused by a crack in a compressor blade", "orland-skerra-grounding",
                 "The failure was probably caused by a crack in a compressor blade"),
               e("its members had reported unusual vibration in the engines at least three times since January",
                 "orland-skerra-grounding",
                 "its members had reported unusual vibration in the engines at least three times since January",
                 drift=["headline"])]},
    {"id": "marrow-bay-islander", "outlet": "The Marrow Bay Islander",
     "url": "https://marrowbayislander.example/news/skerra-islands-cut-off",
     "date": "2026-05-13", "title": "Islands cut off as Skerra Air stays on the ground",
     "text": "Skerra Air is the only airline that serves four of the country's island airports, Marrow Bay among them, "
             "Orland News Agency noted in its report on the grounding.\n\n"
             "The 58 passengers and four crew on Tuesday's flight to Marrow Bay were unhurt, airport officials told the "
             "agency.\n\n"
             "The engine failure was caused by a cracked compressor blade, according to an engineer quoted by Orland.\n\n"
             "\u201cEvery engine on every aircraft was checked on schedule, and the logbooks will prove it,\u201d the "
             "airline's chief executive, Malin Torvey, told reporters in Kellsby, the agency reported.\n\n"
             "The Marrow Bay ferry company will put on extra sailings from Wednesday, the agency said.\n\n"
             "Islanders who need hospital treatment on the mainland will be flown by the coastguard helicopter until "
             "flights resume, the island council said on Wednesday.",
     "edges": [e("Skerra Air is the only airline that serves four of the country's island airports",
                 "orland-skerra-grounding", "Skerra Air is the only airline serving four of the country's island airports"),
               e("The 58 passengers and four crew on Tuesday's flight to Marrow Bay were unhurt", "orland-skerra-grounding",
                 "The 58 passengers and four crew on flight SK212 to Marrow Bay were unhurt"),
               e("The engine failure was caused by a cracked compressor blade", "orland-skerra-grounding",
                 "The failure was probably caused by a crack in a compressor blade", drift=["hedge", "source"]),
               e("Every engine on every aircraft was checked on schedule, and the logbooks will prove it",
                 "orland-skerra-grounding",
                 "Every engine on every aircraft was inspected on schedule, and the logbooks will show it", drift=["quote"]),
               e("The Marrow Bay ferry company will put on extra sailings from Wednesday", "orland-skerra-grounding",
                 "Ferry operators said they would add extra sailings from Wednesday", drift=["source"])]},
    {"id": "norrhaven-business-post", "outlet": "Norrhaven Business Post",
     "url": "https://norrhavenbusinesspost.example/companies/skerra-cash",
     "date": "2026-05-13", "title": "Skerra Air has six weeks of cash left",
     "text": "Shares in Varnholt Aviation Group, Skerra Air's parent, fell 11 percent in early trading on Tuesday after "
             "the airline grounded its fleet, Orland News Agency reported.\n\n"
             "Citing a person familiar with the airline's finances, the agency said Skerra Air may have enough cash to "
             "keep paying its 640 staff for only about six weeks without flying.\n\n"
             "Aviation analysts told the agency the grounding will cost the carrier about 2.5 million crowns a day.\n\n"
             "Skerra Air has denied putting off engine inspections to save money, according to Orland's report.\n\n"
             "Varnholt's bonds due in 2029 fell to 84 percent of their face value, traders in Norrhaven said.",
     "edges": [e("Shares in Varnholt Aviation Group, Skerra Air's parent, fell 11 percent in early trading",
                 "orland-skerra-grounding", "Shares in its parent company, Varnholt Aviation Group, fell 11 percent in "
                 "early trading"),
               e("Skerra Air may have enough cash to keep paying its 640 staff for only about six weeks without flying",
                 "orland-skerra-grounding",
                 "Skerra Air had enough cash to keep paying its 640 staff for about six weeks without flying",
                 drift=["hedge", "headline"]),
               e("the grounding will cost the carrier about 2.5 million crowns a day", "orland-skerra-grounding",
                 "the grounding would likely cost the carrier about 1.5 million crowns a day", drift=["number", "hedge"]),
               e("denied putting off engine inspections to save money", "orland-skerra-grounding",
                 "denied that it had put off engine inspections to save money")]},
    {"id": "holmvik-evening-news", "outlet": "Holmvik Evening News",
     "url": "https://holmvikeveningnews.example/2026/05/14/skerra-hotels",
     "date": "2026-05-14", "title": "Skerra boss: we let passengers down",
     "text": "Skerra Air will pay for hotel rooms for every stranded passenger, the airline told Radio Kellsby.\n\n"
             "\u201cWe let our passengers down, and we will put it right,\u201d chief executive Malin Torvey said in an "
             "interview aired by the station on Tuesday evening.\n\n"
             "She said tickets would be refunded within a month, and acknowledged that pilots had raised concerns about "
             "engine vibration with management.\n\n"
             "The Marrow Bay Islander reported that the engine failure was caused by a cracked compressor blade, citing "
             "an engineer.\n\n"
             "Holmvik's tourist office said 40 hotel bookings had been cancelled since Tuesday.",
     "edges": [e("Skerra Air will pay for hotel rooms for every stranded passenger", "radio-kellsby",
                 "the airline would pay for hotel rooms for every stranded passenger", drift=["source"]),
               e("We let our passengers down, and we will put it right", "radio-kellsby",
                 "We let our passengers down today, and we will make it right", drift=["quote"]),
               e("tickets would be refunded within a month", "radio-kellsby", "refund tickets within 14 days",
                 drift=["number"]),
               e("pilots had raised concerns about engine vibration with management", "radio-kellsby",
                 "no Skerra pilot had ever raised concerns about engine vibration with the airline's management",
                 drift=["stance"]),
               e("the engine failure was caused by a cracked compressor blade", "marrow-bay-islander",
                 "The engine failure was caused by a cracked compressor blade")]},
    {"id": "roaming-traveller", "outlet": "The Roaming Traveller",
     "url": "https://roamingtraveller.example/skerra-grounding-what-to-do",
     "date": "2026-05-15", "title": "Flying with Skerra Air this month? Read this first",
     "text": "All 14 of Skerra Air's turboprop aircraft have been grounded since Tuesday.\n\n"
             "The Civil Aviation Directorate says the planes could stay grounded for at least a week while each of their "
             "28 engines is examined.\n\n"
             "Skerra Air has admitted putting off engine inspections to save money.\n\n"
             "Extra ferry sailings to the islands start on Wednesday.\n\n"
             "If your flight is cancelled, you are entitled to a full refund or a seat on the next available flight; "
             "keep every receipt for meals and hotels.\n\n"
             "The overnight bus from Kellsby to the ferry port at Stenness takes about nine hours.",
     "edges": [e("All 14 of Skerra Air's turboprop aircraft have been grounded",
                 ["orland-skerra-grounding", "dunmere-courier", "westfold-daily", "fjordside-gazette"],
                 "all 14 of its turboprop aircraft",
                 "pickup", ["attribution"]),
               e("the planes could stay grounded for at least a week while each of their 28 engines is examined",
                 ["orland-skerra-grounding", "dunmere-courier"],
                 "may stay on the ground for at least a week while inspectors examine each of the 28 engines", "relay"),
               e("Skerra Air has admitted putting off engine inspections to save money",
                 ["orland-skerra-grounding", "dunmere-courier", "westfold-daily", "norrhaven-business-post"],
                 "engine inspections to save money", "relay", ["stance"]),
               e("Extra ferry sailings to the islands start on Wednesday",
                 ["orland-skerra-grounding", "marrow-bay-islander"], "extra sailings from Wednesday", "pickup",
                 ["attribution"])]},
    {"id": "ardry-aviation-review", "outlet": "Ardry Aviation Review",
     "url": "https://ardryaviationreview.example/safety/skerra-inspections",
     "date": "2026-05-14", "title": "Skerra Air's turboprops: what the inspectors will look for",
     "text": "As first reported by Orland News Agency, the Skerra pilots' association said its members had never "
             "reported unusual vibration in the engines before Tuesday's failure.\n\n"
             "The failure may have been caused by a crack in a compressor blade, two engineers who took part in the "
             "first inspection told the agency.\n\n"
             "The Civil Aviation Directorate said the inspection of all 28 engines could keep the fleet on the ground for "
             "at least ten days.\n\n"
             "\u201cNo aircraft leaves the ground until we are satisfied,\u201d the directorate's director, Oskar Feldane, "
             "said, according to Orland.\n\n"
             "Compressor blades in engines of this type are checked with an endoscope every 600 flight hours, the "
             "maker's maintenance manual says.",
     "edges": [e("its members had never reported unusual vibration in the engines", "orland-skerra-grounding",
                 "its members had reported unusual vibration in the engines at least three times since January",
                 drift=["stance"]),
               e("The failure may have been caused by a crack in a compressor blade", "orland-skerra-grounding",
                 "The failure was probably caused by a crack in a compressor blade", drift=["hedge"]),
               e("the inspection of all 28 engines could keep the fleet on the ground for at least ten days",
                 "orland-skerra-grounding",
                 "the fleet may stay on the ground for at least a week while inspectors examine each of the 28 engines",
                 drift=["number"]),
               e("No aircraft leaves the ground until we are satisfied", "orland-skerra-grounding",
                 "Not one of those aircraft leaves the ground until we are satisfied", drift=["quote"])]},
    {"id": "fjordside-gazette", "outlet": "Fjordside Gazette", "url": "https://fjordsidegazette.example/skerra-air-grounded",
     "date": "2026-05-13", "title": "Skerra fleet to stay grounded for at least a week",
     "text": "Skerra Air grounded all 14 of its turboprop aircraft on Tuesday, the airline said, according to a report in "
             "the Dunmere Courier.\n\n"
             "A crack in a compressor blade almost certainly caused the failure, two engineers told the paper's wire "
             "service.\n\n"
             "\u201cEvery engine on every aircraft was inspected on schedule, and the logbooks will show it,\u201d said "
             "Malin Torvey, the chief executive.\n\n"
             "The Civil Aviation Directorate said the fleet may stay on the ground for at least a week, the Courier's "
             "report said.\n\n"
             "\u201cNot a single one of those aircraft leaves the ground until we are satisfied,\u201d said the "
             "directorate's head, Oskar Feldane.\n\n"
             "Fjordside's harbour master said the Skerra service to the town would be replaced by a twice-daily coach.",
     "edges": [e("Skerra Air grounded all 14 of its turboprop aircraft", "dunmere-courier",
                 "Skerra Air grounded all 14 of its turboprop aircraft"),
               e("A crack in a compressor blade almost certainly caused the failure", "dunmere-courier",
                 "The failure was probably caused by a crack in a compressor blade", drift=["hedge"]),
               e("Every engine on every aircraft was inspected on schedule, and the logbooks will show it",
                 "dunmere-courier",
                 "Every engine on every aircraft was inspected on schedule, and the logbooks will show it"),
               e("the fleet may stay on the ground for at least a week", "dunmere-courier",
                 "the fleet may stay on the ground for at least a week", drift=["headline"]),
               e("Not a single one of those aircraft leaves the ground until we are satisfied", "dunmere-courier",
                 "Not one of those aircraft leaves the ground until we are satisfied", drift=["quote"])]},
    {"id": "kellsby-tribune", "outlet": "Kellsby Tribune", "url": "https://kellsbytribune.example/2026/05/13/minister-skerra",
     "date": "2026-05-13", "title": "Minister rules out review of other airlines after Skerra failure",
     "text": "Transport Minister Edda Raunholm has ruled out a review of maintenance at other domestic airlines, Orland "
             "News Agency reported on Tuesday.\n\n"
             "Raunholm called the engine failure \u201ca warning we cannot afford to ignore\u201d, the agency said.\n\n"
             "The 68 passengers and four crew on flight SK212 were unhurt, airport officials said.\n\n"
             "Ferry operators said they had no plans to add extra sailings.\n\n"
             "Skerra Air has enough cash to keep paying its 640 staff for about six weeks without flying.\n\n"
             "Kellsby airport's manager, Runa Halsted, said the terminal would stay open for cargo flights and the air "
             "ambulance.",
     "edges": [e("ruled out a review of maintenance at other domestic airlines", "orland-skerra-grounding",
                 "she had ordered a review of maintenance at every domestic airline", drift=["stance"]),
               e("a warning we cannot afford to ignore", "orland-skerra-grounding", "a warning we cannot afford to ignore"),
               e("The 68 passengers and four crew on flight SK212 were unhurt", "orland-skerra-grounding",
                 "The 58 passengers and four crew on flight SK212 to Marrow Bay were unhurt", drift=["number"]),
               e("they had no plans to add extra sailings", "orland-skerra-grounding",
                 "they would add extra sailings from Wednesday", drift=["stance"]),
               e("Skerra Air has enough cash to keep paying its 640 staff for about six weeks without flying",
                 "orland-skerra-grounding",
                 "Skerra Air had enough cash to keep paying its 640 staff for about six weeks without flying",
                 drift=["attribution"])]},
    # the Tamsey Rivers Trust release: reprinted by a newswire, relays, a local paper with a company statement of its
    # own, a second hop through that paper, an uncredited pickup
    {"id": "valley-newswire", "outlet": "Valley Newswire",
     "url": "https://valleynewswire.example/releases/2026/04/21/tamsey-salmon-count",
     "date": "2026-04-21", "title": "Tamsey salmon count down 41 per cent in five years",
     "text": "GLENHOLM, 21 April 2026 - The number of wild salmon returning to spawn in the River Tamsey fell by 41 per "
             "cent between 2021 and 2025, according to a five-year count published today by the Tamsey Rivers "
             "Trust.\n\n"
             "Volunteers counted 2,870 salmon passing the trust's fish counter at Aldbeck weir last autumn, against "
             "4,860 in 2021.\n\n"
             "The fall is most likely linked to silt washed into the river from gravel extraction upstream, said the "
             "trust's senior scientist, Dr Perpetua Ngata. \u201cSalmon lay their eggs in clean gravel. Bury that gravel "
             "in silt and the eggs suffocate,\u201d she said.\n\n"
             "Two former workers at the Cullen Moss quarry told the trust that muddy water from the site's washing "
             "plant was pumped into the river at night when the settling ponds were full. The trust has agreed not to "
             "name them because they fear for their jobs in the valley.\n\n"
             "In a letter to the trust, Cullen Moss Aggregates denied that it had ever discharged water into the "
             "Tamsey without a permit.\n\n"
             "Distributed by Valley Newswire on behalf of the Tamsey Rivers Trust. Valley Newswire is not responsible "
             "for the content of this release.",
     "edges": [e("The number of wild salmon returning to spawn in the River Tamsey fell by 41 per cent between 2021 and "
                 "2025", "tamsey-rivers-trust", "The number of wild salmon returning to spawn in the River Tamsey fell "
                 "by 41 per cent between 2021 and 2025", "copy"),
               e("Volunteers counted 2,870 salmon passing the trust's fish counter at Aldbeck weir last autumn, against "
                 "4,860 in 2021", "tamsey-rivers-trust", "Volunteers counted 2,870 salmon passing the trust's fish "
                 "counter at Aldbeck weir last autumn, against 4,860 in 2021", "copy"),
               e("The fall is most likely linked to silt washed into the river from gravel extraction upstream",
                 "tamsey-rivers-trust",
                 "The fall is most likely linked to silt washed into the river from gravel extraction upstream", "copy"),
               e("Salmon lay their eggs in clean gravel. Bury that gravel in silt and the eggs suffocate",
                 "tamsey-rivers-trust",
                 "Salmon lay their eggs in clean gravel. Bury that gravel in silt and the eggs suffocate", "copy"),
               e("muddy water from the site's washing plant was pumped into the river at night when the settling ponds "
                 "were full", "tamsey-rivers-trust", "muddy water from the site's washing plant was pumped into the river "
                 "at night when the settling ponds were full", "copy"),
               e("denied that it had ever discharged water into the Tamsey without a permit", "tamsey-rivers-trust",
                 "denied that it had ever discharged water into the Tamsey without a permit", "copy")]},
    {"id": "glenholm-gazette", "outlet": "Glenholm Gazette", "url": "https://glenholmgazette.example/news/salmon-count-quarry",
     "date": "2026-04-22", "title": "Salmon numbers halve in the Tamsey",
     "text": "Salmon numbers in the River Tamsey fell by 41 per cent between 2021 and 2025, the Tamsey Rivers Trust said "
             "on Tuesday.\n\n"
             "The trust's senior scientist, Dr Perpetua Ngata, said the fall was most likely linked to silt washed down "
             "from gravel workings upstream.\n\n"
             "According to the trust, two former quarry workers said muddy water was pumped into the river at night "
             "when the settling ponds were full.\n\n"
             "The trust accepted that warmer summers alone could explain the decline.\n\n"
             "The Northern Environment Agency will take water samples below the quarry in May, the trust said.\n\n"
             "In a statement to the Gazette, Gregor Aske, managing director of Cullen Moss Aggregates, said the "
             "quarry's settling ponds had never overflowed.\n\n"
             "Aske also invited the trust's scientists to visit the quarry and see its water treatment for "
             "themselves.\n\n"
             "The trust will hold a public meeting at Glenholm village hall on 30 April.",
     "edges": [e("Salmon numbers in the River Tamsey fell by 41 per cent between 2021 and 2025", "tamsey-rivers-trust",
                 "fell by 41 per cent between 2021 and 2025", drift=["headline"]),
               e("the fall was most likely linked to silt washed down from gravel workings upstream", "tamsey-rivers-trust",
                 "The fall is most likely linked to silt washed into the river from gravel extraction upstream"),
               e("muddy water was pumped into the river at night when the settling ponds were full", "tamsey-rivers-trust",
                 "muddy water from the site's washing plant was pumped into the river at night when the settling ponds "
                 "were full"),
               e("The trust accepted that warmer summers alone could explain the decline", "tamsey-rivers-trust",
                 "The trust rejected suggestions that warmer summers alone could explain the decline", drift=["stance"]),
               e("The Northern Environment Agency will take water samples below the quarry in May", "tamsey-rivers-trust",
                 "Officials at the Northern Environment Agency have told the trust that they will take water samples "
                 "below the quarry in May", drift=["source"]),
               e("The trust will hold a public meeting at Glenholm village hall on 30 April", "tamsey-rivers-trust",
                 "The trust will hold a public meeting at Glenholm village hall on 30 April")]},
    {"id": "rod-and-line", "outlet": "Rod and Line Monthly", "url": "https://rodandline.example/news/tamsey-salmon-silt",
     "date": "2026-04-24", "title": "Quarry silt is killing Tamsey salmon",
     "text": "The Tamsey's run of wild salmon has fallen by almost half in five years, according to figures released by "
             "the Tamsey Rivers Trust this week.\n\n"
             "The decline is most likely linked to silt washing down from gravel extraction upstream, the trust's senior "
             "scientist, Dr Perpetua Ngata, said in the release.\n\n"
             "\u201cSalmon lay their eggs in clean gravel. Bury that gravel in silt and the eggs suffocate,\u201d she "
             "said.\n\n"
             "Salmon will vanish from the upper Tamsey within 15 years if nothing changes, the trust warned.\n\n"
             "\u201cThis is the sharpest drop in forty years of counting. We want the agency to act now, not after the "
             "next survey,\u201d said the trust's director, Callum Rathe.\n\n"
             "Anglers on the Tamsey have released every salmon they caught since 2019 under a voluntary catch-and-release "
             "code.",
     "edges": [e("The Tamsey's run of wild salmon has fallen by almost half in five years", "tamsey-rivers-trust",
                 "fell by 41 per cent between 2021 and 2025", drift=["number"]),
               e("The decline is most likely linked to silt washing down from gravel extraction upstream",
                 "tamsey-rivers-trust", "most likely linked to silt washed into the river from gravel extraction upstream",
                 drift=["headline"]),
               e("Salmon lay their eggs in clean gravel. Bury that gravel in silt and the eggs suffocate",
                 "tamsey-rivers-trust", "Salmon lay their eggs in clean gravel. Bury that gravel in silt and the eggs "
                 "suffocate"),
               e("Salmon will vanish from the upper Tamsey within 15 years", "tamsey-rivers-trust",
                 "salmon may disappear from the upper Tamsey within 15 years", drift=["hedge"]),
               e("This is the sharpest drop in forty years of counting. We want the agency to act now, not after the next "
                 "survey", "tamsey-rivers-trust", "This is the steepest fall in forty years of counting. We are asking the "
                 "agency to act now, not after the next survey", drift=["quote"])]},
    {"id": "northern-chronicle", "outlet": "The Northern Chronicle",
     "url": "https://northernchronicle.example/environment/tamsey-quarry-water",
     "date": "2026-04-22", "title": "Quarry pumped mud into salmon river at night",
     "text": "Cullen Moss Aggregates admitted in a letter to the Tamsey Rivers Trust that it had discharged water into "
             "the river without a permit, the charity said on Tuesday.\n\n"
             "A former worker at the quarry told the trust that muddy water from its washing plant was pumped into the "
             "Tamsey at night when the settling ponds were full.\n\n"
             "Volunteers counted 2,780 salmon at Aldbeck weir last autumn, down from 4,860 in 2021, according to the "
             "trust's figures.\n\n"
             "Officials at the Northern Environment Agency have told the charity they will take water samples below the "
             "quarry in May.\n\n"
             "\u201cRivers to our north warmed every bit as much, and their salmon numbers held steady,\u201d said Callum "
             "Rathe, the trust's director.\n\n"
             "The upper Tamsey could lose its salmon within 15 years.\n\n"
             "The agency fined the quarry 12,000 pounds in 2022 for a diesel spill, court records show.",
     "edges": [e("admitted in a letter to the Tamsey Rivers Trust that it had discharged water into the river without a "
                 "permit", "tamsey-rivers-trust",
                 "denied that it had ever discharged water into the Tamsey without a permit", drift=["stance"]),
               e("muddy water from its washing plant was pumped into the Tamsey at night when the settling ponds were full",
                 "tamsey-rivers-trust", "muddy water from the site's washing plant was pumped into the river at night",
                 drift=["source", "headline"]),
               e("Volunteers counted 2,780 salmon at Aldbeck weir last autumn, down from 4,860 in 2021",
                 "tamsey-rivers-trust", "Volunteers counted 2,870 salmon passing the trust's fish counter at Aldbeck weir "
                 "last autumn, against 4,860 in 2021", drift=["number"]),
               e("they will take water samples below the quarry in May", "tamsey-rivers-trust",
                 "they will take water samples below the quarry in May"),
               e("Rivers to our north warmed every bit as much, and their salmon numbers held steady",
                 "tamsey-rivers-trust", "Rivers to the north of us warmed just as much, and their salmon numbers held "
                 "steady", drift=["quote"]),
               e("The upper Tamsey could lose its salmon within 15 years", "tamsey-rivers-trust",
                 "salmon may disappear from the upper Tamsey within 15 years", drift=["attribution"])]},
    {"id": "outdoor-weekly", "outlet": "Outdoor Weekly", "url": "https://outdoorweekly.example/rivers/tamsey-salmon-decline",
     "date": "2026-04-28", "title": "The Tamsey's vanishing salmon",
     "text": "Salmon numbers in the River Tamsey have fallen 41 per cent since 2021.\n\n"
             "Silt from gravel workings upstream is smothering the eggs.\n\n"
             "A public meeting will be held at Glenholm village hall on 30 April.\n\n"
             "Outdoor Weekly walked the river below Aldbeck weir on Saturday and found the gravel beds coated in a grey "
             "film for about two kilometres.",
     "edges": [e("Salmon numbers in the River Tamsey have fallen 41 per cent since 2021",
                 ["tamsey-rivers-trust", "valley-newswire", "glenholm-gazette"], "41 per cent between 2021 and 2025",
                 "pickup", ["attribution"]),
               e("Silt from gravel workings upstream is smothering the eggs",
                 ["tamsey-rivers-trust", "valley-newswire", "glenholm-gazette", "rod-and-line"],
                 "most likely linked to silt", "pickup", ["attribution", "hedge"]),
               e("A public meeting will be held at Glenholm village hall on 30 April",
                 ["tamsey-rivers-trust", "glenholm-gazette"], "public meeting at Glenholm village hall on 30 April",
                 "pickup")]},
    {"id": "highland-press", "outlet": "The Highland Press", "url": "https://highlandpress.example/2026/04/23/cullen-moss-ponds",
     "date": "2026-04-23", "title": "Quarry boss says settling ponds never overflowed",
     "text": "Cullen Moss Aggregates said in a statement to the Glenholm Gazette that the settling ponds at its quarry had "
             "never overflowed.\n\n"
             "In comments to the Gazette, managing director Gregor Aske invited the trust's scientists to visit the "
             "quarry and see its water treatment for themselves.\n\n"
             "Two former quarry workers have said muddy water may have been pumped into the river at night, the Gazette "
             "reported, citing the Tamsey Rivers Trust.\n\n"
             "The Northern Environment Agency will take water samples below the quarry in May.\n\n"
             "The quarry employs 47 people and has worked the hillside at Cullen Moss since 1978, the company's website "
             "says.",
     "edges": [e("the settling ponds at its quarry had never overflowed", "glenholm-gazette",
                 "the quarry's settling ponds had never overflowed", drift=["source"]),
               e("invited the trust's scientists to visit the quarry and see its water treatment for themselves",
                 "glenholm-gazette", "invited the trust's scientists to visit the quarry and see its water treatment for "
                 "themselves"),
               e("muddy water may have been pumped into the river at night", "glenholm-gazette",
                 "muddy water was pumped into the river at night", drift=["hedge"]),
               e("The Northern Environment Agency will take water samples below the quarry in May", "glenholm-gazette",
                 "The Northern Environment Agency will take water samples below the quarry in May",
                 drift=["attribution"])]},
    # dev set origins (Wikinews, CC BY 2.5): relays, a second hop, an uncredited pickup
    {"id": "palm-shore-tribune", "outlet": "Palm Shore Tribune", "url": "https://palmshoretribune.example/2011/04/shuttle-homes",
     "date": "2011-04-13", "title": "Retired shuttles get their new homes",
     "text": "Space Shuttle Discovery will take the place of Enterprise at the Udvar-Hazy Center, Wikinews reported on "
             "Wednesday.\n\n"
             "Endeavour will be sent to the California Science Center in Los Angeles following its retirement, according "
             "to the report.\n\n"
             "NASA Administrator Charles Bolden said the choices would probably give the greatest number of people the "
             "best chance to share in the history of the Space Shuttle Program.\n\n"
             "\u201cLike many Texans, I am disappointed with NASA's decision to snub the Johnson Space Center,\u201d "
             "Senator John Cornyn said in a statement quoted by Wikinews.\n\n"
             "Kennedy Space Center's visitor complex expects about 1.5 million visitors this year, a spokesman for the "
             "complex told the Tribune.",
     "edges": [e("Space Shuttle Discovery will take the place of Enterprise at the Udvar-Hazy Center", "nasa-shuttle-homes",
                 "Space Shuttle Discovery will take the place of Enterprise at the Udvar-Hazy Center"),
               e("Endeavour will be sent to the California Science Center in Los Angeles", "nasa-shuttle-homes",
                 "will be sent to the California Science Center in Los Angeles"),
               e("the choices would probably give the greatest number of people the best chance to share in the history",
                 "nasa-shuttle-homes", "these choices provide the greatest number of people with the best opportunity to "
                 "share in the history", drift=["hedge"]),
               e("Like many Texans, I am disappointed with NASA's decision to snub the Johnson Space Center",
                 "nasa-shuttle-homes",
                 "Like many Texans, I am disappointed with NASA's decision to slight the Johnson Space Center",
                 drift=["quote"])]},
    {"id": "gulf-plains-courier", "outlet": "Gulf Plains Courier", "url": "https://gulfplainscourier.example/houston-shuttle-snub",
     "date": "2011-04-14", "title": "Texas officials: NASA decision an affront to Johnson workers",
     "text": "Texas officials called NASA's decision an affront to the thousands of dedicated men and women at Johnson "
             "Space Center, according to Wikinews.\n\n"
             "Houston has played a critical role throughout the life of the space shuttle.\n\n"
             "\u201cThese facilities we've picked have a remarkable record of preserving space artifacts,\u201d NASA "
             "Administrator Charles Bolden said, Wikinews reported.\n\n"
             "Atlantis will go on display at the Kennedy Space Center Visitor Complex after its last flight, which "
             "launches June 28, the site said.\n\n"
             "Discovery has not yet been retired, Wikinews said.\n\n"
             "Columbia disintegrated during re-entry on February 1, 2003, killing all six astronauts aboard.\n\n"
             "Space Center Houston, the visitor centre beside Johnson, drew 740,000 visitors last year, its director "
             "said.",
     "edges": [e("an affront to the thousands of dedicated men and women at Johnson Space Center", "nasa-shuttle-homes",
                 "an affront to the thousands of dedicated men and women at Johnson Space Center", drift=["source"]),
               e("Houston has played a critical role throughout the life of the space shuttle", "nasa-shuttle-homes",
                 "Houston has played a critical role throughout the life of the space shuttle", drift=["attribution"]),
               e("These facilities we've picked have a remarkable record of preserving space artifacts",
                 "nasa-shuttle-homes", "These facilities we've chosen have a noteworthy legacy of preserving space "
                 "artifacts", drift=["quote"]),
               e("Atlantis will go on display at the Kennedy Space Center Visitor Complex", "nasa-shuttle-homes",
                 "Atlantis will go on display at the Kennedy Space Center Visitor Complex"),
               e("Discovery has not yet been retired", "nasa-shuttle-homes", "Discovery has already been retired",
                 drift=["stance"]),
               e("Columbia disintegrated during re-entry on February 1, 2003, killing all six astronauts aboard",
                 "nasa-shuttle-homes", "disintegrated during re-entry killing all seven astronauts aboard",
                 drift=["number"])]},
    {"id": "cascade-harbor-weekly", "outlet": "Cascade Harbor Weekly",
     "url": "https://cascadeharborweekly.example/museum-of-flight-trainer",
     "date": "2011-04-14", "title": "Museum of Flight was top pick before NASA chose others",
     "text": "The Museum of Flight was in the top running for a retired shuttle, Washington Governor Chris Gregoire said in "
             "a statement reported by Wikinews, but NASA did not choose it.\n\n"
             "Instead, the full fuselage trainer, on which every astronaut has trained, will soon call the museum home, "
             "Gregoire said.\n\n"
             "The trainer will help inspire young people to the adventure of space and to careers in science, "
             "technology, engineering and math.\n\n"
             "The museum had gone so far as to build a new building to house an orbiter, according to Wikinews.\n\n"
             "Museum volunteers said they would start raising money for the trainer's display hall this summer.",
     "edges": [e("The Museum of Flight was in the top running for a retired shuttle", "nasa-shuttle-homes",
                 "the Museum of Flight was in the top running", drift=["headline"]),
               e("the full fuselage trainer, on which every astronaut has trained, will soon call the museum home",
                 "nasa-shuttle-homes", "will soon call the Museum of Flight home"),
               e("The trainer will help inspire young people to the adventure of space", "nasa-shuttle-homes",
                 "It will help inspire young people to the adventure of space", drift=["attribution"]),
               e("gone so far as to build a new building to house an orbiter", "nasa-shuttle-homes",
                 "going so far as to build a new building to house an orbiter")]},
    {"id": "bytown-observer", "outlet": "The Bytown Observer",
     "url": "https://bytownobserver.example/2008/08/15/environment-canada-file",
     "date": "2008-08-15", "title": "Environment Canada file found on Kanata street",
     "text": "A sensitive Environment Canada document was found wet on an Ottawa street by a passer-by who gave it to the "
             "CBC, Wikinews reported on Friday.\n\n"
             "Every page of the document was stamped Protected B, according to the Wikinews report.\n\n"
             "Environment Canada officials refused to give any more details about how the papers came to be on a road, "
             "Wikinews said.\n\n"
             "New Democrat MP Paul Dewar said no bureaucrats had complained to him about document security.\n\n"
             "Kanata residents who find government papers should hand them in at the nearest police station, Ottawa "
             "police said.",
     "edges": [e("A sensitive Environment Canada document was found wet on an Ottawa street", "canada-sensitive-document",
                 "A sensitive Environment Canada document was found wet on an Ottawa street"),
               e("Every page of the document was stamped Protected B", "canada-sensitive-document",
                 "The document which had the stamp Protected B on every page"),
               e("refused to give any more details about how the papers came to be on a road",
                 "canada-sensitive-document", "refused to give any more details about how the papers came to be on a road",
                 drift=["source"]),
               e("no bureaucrats had complained to him about document security", "canada-sensitive-document",
                 "bureaucrats of the Conservative government have complained to him about document security",
                 drift=["stance"])]},
    {"id": "rideau-valley-news", "outlet": "Rideau Valley News", "url": "https://rideauvalleynews.example/kanata-document",
     "date": "2008-08-16", "title": "Environment Canada stays silent on lost file",
     "text": "Environment Canada officials refused to give any more details about how the papers came to be on a road, the "
             "Bytown Observer reported.\n\n"
             "Every page was stamped Protected B, the Observer said.\n\n"
             "New Democrat MPs said no bureaucrats had complained to them about document security, the paper "
             "reported.\n\n"
             "Protected B is the second lowest grade of classified government documents, according to a report on "
             "Wikinews.\n\n"
             "The department's regional office in Gatineau said it had no record of the envelope being sent.",
     "edges": [e("refused to give any more details about how the papers came to be on a road", "bytown-observer",
                 "refused to give any more details about how the papers came to be on a road"),
               e("Every page was stamped Protected B", "bytown-observer", "Every page of the document was stamped Protected B"),
               e("no bureaucrats had complained to them about document security", "bytown-observer",
                 "no bureaucrats had complained to him about document security", drift=["source"]),
               e("Protected B is the second lowest grade of classified government documents", "canada-sensitive-document",
                 "Protection B documents are the second lowest grade of classified government documents")]},
    {"id": "capital-region-digest", "outlet": "Capital Region Digest",
     "url": "https://capitalregiondigest.example/2008/08/document-lapses",
     "date": "2008-08-18", "title": "A summer of lost government papers",
     "text": "In March, blueprints for a new headquarters for the military's counterterrorism unit were found stuffed in "
             "the trash on a downtown street.\n\n"
             "In May, Maxime Bernier was forced to resign as Foreign Affairs minister after he left sensitive documents "
             "at the apartment of his then-girlfriend.\n\n"
             "The NEMISIS enforcement database was unveiled in 1997.\n\n"
             "Ottawa's city clerk said on Monday that the city shreds about 40 tonnes of paper a year.",
     "edges": [e("blueprints for a new headquarters for the military's counterterrorism unit were found stuffed in the trash",
                 "canada-sensitive-document",
                 "blueprints for a new headquarters for the military's counterterrorism unit were found stuffed in the "
                 "trash", "pickup"),
               e("Maxime Bernier was forced to resign as Foreign Affairs minister", "canada-sensitive-document",
                 "Maxime Bernier was forced to resign as Foreign Affairs minister", "pickup"),
               e("The NEMISIS enforcement database was unveiled in 1997", "canada-sensitive-document",
                 "The database was unveiled in 1999", "pickup", ["number"])]},
    # distractors: the same topics, other speakers and figures (one names the engine maker, one the same agency)
    {"id": "skerry-isles-post", "outlet": "Skerry Isles Post", "url": "https://skerryislespost.example/nordavind-marrow-bay",
     "date": "2026-05-14", "title": "Nordavind Air to fly Kellsby-Marrow Bay route from June",
     "text": "Nordavind Air will start flying between Kellsby and Marrow Bay on June 2 with a 70-seat jet, the airline's "
             "commercial director, Petter Lunde, said on Thursday.\n\n"
             "\u201cIslanders should never again have to depend on a single carrier,\u201d Lunde said. The airline expects "
             "to carry about 1,200 passengers a week on the route.",
     "edges": []},
    {"id": "castellan-turbines", "outlet": "Castellan Turbines", "url": "https://castellanturbines.example/newsroom/kellsby",
     "date": "2026-05-13", "title": "Statement on the Kellsby engine event",
     "text": "Castellan Turbines has sent a team of 12 specialists to Kellsby to support the Civil Aviation Directorate's "
             "inspection, the company said on Wednesday.\n\n"
             "No other operator of the CT-40 engine has reported a cracked compressor blade in the past five years, the "
             "company said. \u201cWe will share everything we find with the directorate and with the airline,\u201d said "
             "Ines Vallmark, its head of product safety.",
     "edges": []},
    {"id": "ellandale-advertiser", "outlet": "Ellandale Advertiser", "url": "https://ellandaleadvertiser.example/ellan-salmon-up",
     "date": "2026-04-23", "title": "Salmon numbers up on the Ellan",
     "text": "The number of salmon counted on the River Ellan rose by 6 per cent last year to 3,410, the Ellan Fishery "
             "Board said on Thursday.\n\n"
             "The board's chairman, Ruaridh Keir, credited the removal of two old mill weirs in 2023. \u201cTake the "
             "barriers away and the fish come back,\u201d he said.",
     "edges": []},
    {"id": "tamsey-valley-farmer", "outlet": "Tamsey Valley Farmer", "url": "https://tamseyvalleyfarmer.example/slurry-fine",
     "date": "2026-04-25", "title": "Dairy farm fined over slurry leak into Tamsey tributary",
     "text": "A dairy farm near Aldbeck was fined 8,500 pounds on Friday after slurry leaked into the Mell Burn, a "
             "tributary of the Tamsey, the Northern Environment Agency said.\n\n"
             "Agency officers found dead trout along 600 metres of the burn in September. The farm's owner told the court "
             "the leak had been caused by a split pipe and was repaired within hours.",
     "edges": []},
    {"id": "capital-tech-review", "outlet": "Capital Tech Review", "url": "https://capitaltechreview.example/lost-laptops",
     "date": "2008-08-17", "title": "Hundreds of federal laptops lost last year",
     "text": "Federal departments reported 214 laptops lost or stolen in 2007, the Records Auditors' Association of Canada "
             "said on Sunday.\n\n"
             "\u201cA lost laptop is a lost filing cabinet,\u201d said the association's president, Marguerite Leblanc-Tuck. "
             "She said fewer than half of the laptops had encrypted drives.",
     "edges": []},
]

HELD_OUT_9 = [
    # origins written for this set: a wire report on a hospital cyberattack (named, anonymous and several speakers,
    # a contractor's denial, hedges, figures) and a food company's press release (named speakers, a consultancy's
    # review, a denial, an estimate, figures)
    {"id": "calloway-ostermere-hospitals", "outlet": "Calloway Press Agency",
     "url": "https://callowaypress.example/2026/09/14/ostermere-hospitals-cyberattack",
     "date": "2026-09-14", "title": "Cyberattack forces Ostermere hospitals to postpone 1,200 operations",
     "text": "OSTERMERE, Sept 14 (Calloway Press Agency) - A cyberattack on the computer systems of the North Fenwick "
             "Health Trust has forced its three Ostermere hospitals to postpone about 1,200 planned operations and "
             "outpatient appointments this week, the trust said on Monday.\n\n"
             "Ambulances were diverted from the emergency department at St Aldric's Hospital for nine hours on Sunday "
             "while staff switched to paper records, a trust spokesman said.\n\n"
             "The attack was probably the work of a ransomware group that has targeted hospitals in at least three "
             "other countries this year, two officials at the National Cyber Response Centre told Calloway Press "
             "Agency. They spoke on condition of anonymity because they were not authorised to discuss the "
             "investigation.\n\n"
             "The attackers have demanded a ransom of about 4 million euros in cryptocurrency, one of the officials "
             "said.\n\n"
             "\u201cWe will not pay a ransom. Our priority is to keep patients safe and to get our systems back as "
             "quickly as we can,\u201d the trust's chief executive, Dr Halvard Essien, told reporters outside St "
             "Aldric's.\n\n"
             "Essien said there was no evidence so far that patient records had been copied or taken from the trust's "
             "servers.\n\n"
             "The trust's IT contractor, Brightlane Systems, denied that it had failed to install a security update "
             "that would have closed the gap the attackers used. \u201cEvery patch was applied within the agreed "
             "window,\u201d a Brightlane spokeswoman said in an email.\n\n"
             "Health Minister Rosalind Achterberg said full systems may not be restored for up to three weeks. She "
             "said the government had \u201cno intention of negotiating with criminals\u201d.\n\n"
             "The nurses' union said staff had warned managers about outdated computer systems at least twice in the "
             "past year.\n\n"
             "Opposition health spokesman Piet Varlow said the attack had likely been made easier by years of "
             "underinvestment in hospital IT.\n\n"
             "The trust serves about 620,000 people in Ostermere and the surrounding district. Patients with "
             "appointments this week were asked to attend unless they were contacted.",
     "edges": []},
    {"id": "harnell-brackton-release", "outlet": "Harnell Foods",
     "url": "https://harnellfoods.example/media/2026/10/brackton-bakery-proposal",
     "date": "2026-10-06", "title": "Harnell Foods proposes to close Brackton bakery",
     "text": "BRACKTON, 6 October 2026 - Harnell Foods today announced a proposal to close its bakery in Brackton by "
             "the end of June 2027, putting 410 jobs at risk.\n\n"
             "The bakery, which makes the company's Corran's biscuits and oatcakes, lost 18 million pounds over the "
             "past two years as energy and flour costs rose, the company said.\n\n"
             "\u201cThis is the hardest decision I have had to take in this job. The people of Brackton have baked for "
             "us for 60 years, and this proposal is no reflection on their skill or commitment,\u201d said Harnell "
             "Foods' chief executive, Ines Caldwell-Ayo.\n\n"
             "An independent review carried out for the company by the consultancy Teller Hume found that the site "
             "would probably need more than 30 million pounds of investment to remain open.\n\n"
             "Harnell Foods said the proposal was not connected to the planned sale of its Corran's brand, which it "
             "announced in May. \u201cThe sale and this proposal are entirely separate,\u201d said finance director "
             "Gregor Lindqvist.\n\n"
             "Production of Corran's biscuits would move to the company's plant at Eastwick, where about 120 new jobs "
             "may be created over the next two years.\n\n"
             "The company said it will begin a 45-day consultation with staff representatives and the Bakers' and "
             "Allied Workers' Union on Monday. It said no compulsory redundancies would be made at its other five "
             "sites.\n\n"
             "Harnell Foods will offer every affected employee a place on a retraining programme run with Brackton "
             "College, and said it will pay for up to 12 months of courses.\n\n"
             "Operations director Marta Sollis said the company had explored \u201cevery realistic option\u201d to keep "
             "the bakery open, including a shorter working week and a new oven line.\n\n"
             "About Harnell Foods: founded in 1921, Harnell Foods employs 3,900 people at six sites and sells its "
             "products in 30 countries.",
     "edges": []},
    # the Calloway report: a syndicated copy published whole, a trimmed and sub-edited copy, relays, second hops
    # (through the whole copy and the trimmed copy), an uncredited pickup, two distractors
    {"id": "ostermere-evening-post", "outlet": "Ostermere Evening Post",
     "url": "https://ostermerepost.example/news/2026/09/14/hospitals-cyberattack",
     "date": "2026-09-14", "title": "Ransomware gang hit Ostermere hospitals, officials say",
     "text": "OSTERMERE, Sept 14 (Calloway Press Agency) - A cyberattack on the computer systems of the North Fenwick "
             "Health Trust has forced its three Ostermere hospitals to postpone about 1,200 planned operations and "
             "outpatient appointments this week, the trust said on Monday.\n\n"
             "Ambulances were diverted from the emergency department at St Aldric's Hospital for nine hours on Sunday "
             "while staff switched to paper records, a trust spokesman said.\n\n"
             "The attack was probably the work of a ransomware group that has targeted hospitals in at least three "
             "other countries this year, two officials at the National Cyber Response Centre told Calloway Press "
             "Agency. They spoke on condition of anonymity because they were not authorised to discuss the "
             "investigation.\n\n"
             "The attackers have demanded a ransom of about 4 million euros in cryptocurrency, one of the officials "
             "said.\n\n"
             "\u201cWe will not pay a ransom. Our priority is to keep patients safe and to get our systems back as "
             "quickly as we can,\u201d the trust's chief executive, Dr Halvard Essien, told reporters outside St "
             "Aldric's.\n\n"
             "Essien said there was no evidence so far that patient records had been copied or taken from the trust's "
             "servers.\n\n"
             "The trust's IT contractor, Brightlane Systems, denied that it had failed to install a security update "
             "that would have closed the gap the attackers used. \u201cEvery patch was applied within the agreed "
             "window,\u201d a Brightlane spokeswoman said in an email.\n\n"
             "Health Minister Rosalind Achterberg said full systems may not be restored for up to three weeks. She "
             "said the government had \u201cno intention of negotiating with criminals\u201d.\n\n"
             "The nurses' union said staff had warned managers about outdated computer systems at least twice in the "
             "past year.\n\n"
             "Opposition health spokesman Piet Varlow said the attack had likely been made easier by years of "
             "underinvestment in hospital IT.\n\n"
             "The trust serves about 620,000 people in Ostermere and the surrounding district. Patients with "
             "appointments this week were asked to attend unless they were contacted.\n\n"
             "This story was supplied by Calloway Press Agency.",
     "edges": [e("has forced its three Ostermere hospitals to postpone about 1,200 planned operations and outpatient "
                 "appointments this week", "calloway-ostermere-hospitals",
                 "has forced its three Ostermere hospitals to postpone about 1,200 planned operations and outpatient "
                 "appointments this week", "copy"),
               e("Ambulances were diverted from the emergency department at St Aldric's Hospital for nine hours on "
                 "Sunday", "calloway-ostermere-hospitals",
                 "Ambulances were diverted from the emergency department at St Aldric's Hospital for nine hours on "
                 "Sunday", "copy"),
               e("The attack was probably the work of a ransomware group that has targeted hospitals in at least three "
                 "other countries this year", "calloway-ostermere-hospitals",
                 "The attack was probably the work of a ransomware group that has targeted hospitals in at least three "
                 "other countries this year", "copy", ["headline"]),
               e("The attackers have demanded a ransom of about 4 million euros in cryptocurrency",
                 "calloway-ostermere-hospitals",
                 "The attackers have demanded a ransom of about 4 million euros in cryptocurrency", "copy"),
               e("We will not pay a ransom", "calloway-ostermere-hospitals", "We will not pay a ransom", "copy"),
               e("Our priority is to keep patients safe and to get our systems back as quickly as we can",
                 "calloway-ostermere-hospitals",
                 "Our priority is to keep patients safe and to get our systems back as quickly as we can", "copy"),
               e("there was no evidence so far that patient records had been copied or taken from the trust's servers",
                 "calloway-ostermere-hospitals",
                 "there was no evidence so far that patient records had been copied or taken from the trust's servers",
                 "copy"),
               e("denied that it had failed to install a security update that would have closed the gap the attackers "
                 "used", "calloway-ostermere-hospitals",
                 "denied that it had failed to install a security update that would have closed the gap the attackers "
                 "used", "copy"),
               e("Every patch was applied within the agreed window", "calloway-ostermere-hospitals",
                 "Every patch was applied within the agreed window", "copy"),
               e("full systems may not be restored for up to three weeks", "calloway-ostermere-hospitals",
                 "full systems may not be restored for up to three weeks", "copy"),
               e("no intention of negotiating with criminals", "calloway-ostermere-hospitals",
                 "no intention of negotiating with criminals", "copy"),
               e("staff had warned managers about outdated computer systems at least twice in the past year",
                 "calloway-ostermere-hospitals",
                 "staff had warned managers about outdated computer systems at least twice in the past year", "copy"),
               e("the attack had likely been made easier by years of underinvestment in hospital IT",
                 "calloway-ostermere-hospitals",
                 "the attack had likely been made easier by years of underinvestment in hospital IT", "copy"),
               e("The trust serves about 620,000 people in Ostermere and the surrounding district",
                 "calloway-ostermere-hospitals",
                 "The trust serves about 620,000 people in Ostermere and the surrounding district", "copy"),
               e("Patients with appointments this week were asked to attend unless they were contacted",
                 "calloway-ostermere-hospitals",
                 "Patients with appointments this week were asked to attend unless they were contacted", "copy")]},
    {"id": "fenwick-valley-gazette", "outlet": "Fenwick Valley Gazette",
     "url": "https://fenwickgazette.example/2026/09/15/hospital-cyberattack-three-weeks",
     "date": "2026-09-15", "title": "Hospital systems down for three weeks, minister says",
     "text": "OSTERMERE, Sept 14 (Calloway Press Agency) - A cyberattack on the North Fenwick Health Trust has forced its "
             "three Ostermere hospitals to put off around 1,000 planned operations and appointments, the trust said on "
             "Monday.\n\n"
             "The attack was the work of a ransomware group that has hit hospitals in at least three other countries "
             "this year, officials at the National Cyber Response Centre said.\n\n"
             "\u201cWe will not pay a ransom, and our priority is the safety of patients,\u201d trust chief executive Dr "
             "Halvard Essien said.\n\n"
             "Brightlane Systems, the trust's IT contractor, denied failing to install a security update that would "
             "have closed the gap.\n\n"
             "Health Minister Rosalind Achterberg said full systems may not be back for up to three weeks.\n\n"
             "(Calloway Press Agency; editing by Fenwick Valley Gazette)",
     "edges": [e("put off around 1,000 planned operations and appointments", "calloway-ostermere-hospitals",
                 "postpone about 1,200 planned operations and outpatient appointments this week", "copy", ["number"]),
               e("The attack was the work of a ransomware group that has hit hospitals in at least three other "
                 "countries this year", "calloway-ostermere-hospitals",
                 "The attack was probably the work of a ransomware group that has targeted hospitals in at least three "
                 "other countries this year", "copy", ["hedge"]),
               e("We will not pay a ransom", "calloway-ostermere-hospitals", "We will not pay a ransom", "copy"),
               e("our priority is the safety of patients", "calloway-ostermere-hospitals",
                 "Our priority is to keep patients safe", "copy", ["quote"]),
               e("denied failing to install a security update that would have closed the gap",
                 "calloway-ostermere-hospitals",
                 "denied that it had failed to install a security update that would have closed the gap", "copy"),
               e("full systems may not be back for up to three weeks", "calloway-ostermere-hospitals",
                 "full systems may not be restored for up to three weeks", "copy", ["headline"])]},
    {"id": "radio-ostermere", "outlet": "Radio Ostermere",
     "url": "https://radioostermere.example/news/st-aldrics-ambulances-turned-away",
     "date": "2026-09-14", "title": "St Aldric's turned away ambulances for nine hours",
     "text": "Ambulances were turned away from St Aldric's Hospital's emergency department for nine hours on Sunday as "
             "staff went back to paper records, a trust spokesman told Calloway Press Agency.\n\n"
             "The agency said the attackers want about 4 million euros in cryptocurrency, citing officials at the "
             "National Cyber Response Centre.\n\n"
             "Dr Halvard Essien, who runs the trust, said there was no sign yet that patient records had been taken.\n\n"
             "Speaking to Radio Ostermere's Morning Line on Monday, Essien said the trust had hired outside specialists "
             "to rebuild its systems and that cancer treatment would continue as normal.\n\n"
             "The nurses' union told the agency its members had raised concerns about old computers at least twice in "
             "the past year.",
     "edges": [e("Ambulances were turned away from St Aldric's Hospital's emergency department for nine hours on Sunday",
                 "calloway-ostermere-hospitals",
                 "Ambulances were diverted from the emergency department at St Aldric's Hospital for nine hours on "
                 "Sunday"),
               e("the attackers want about 4 million euros in cryptocurrency", "calloway-ostermere-hospitals",
                 "The attackers have demanded a ransom of about 4 million euros in cryptocurrency", drift=["source"]),
               e("there was no sign yet that patient records had been taken", "calloway-ostermere-hospitals",
                 "there was no evidence so far that patient records had been copied or taken from the trust's servers"),
               e("its members had raised concerns about old computers at least twice in the past year",
                 "calloway-ostermere-hospitals",
                 "staff had warned managers about outdated computer systems at least twice in the past year")]},
    {"id": "northern-ledger", "outlet": "The Northern Ledger",
     "url": "https://northernledger.example/national/2026/09/15/hospital-hackers",
     "date": "2026-09-15", "title": "Hackers behind hospital attack struck in three other countries",
     "text": "The hackers who crippled the North Fenwick Health Trust's computers were probably the same ransomware group "
             "that has attacked hospitals in at least three other countries this year, according to Calloway Press "
             "Agency, which cited two officials at the National Cyber Response Centre.\n\n"
             "The ransom demanded by the attackers is about 5 million euros, one of the officials told the agency.\n\n"
             "Brightlane Systems, which runs the trust's IT, admitted that it had failed to install a security update "
             "that would have closed the gap the attackers used, Calloway reported.\n\n"
             "Nurses at the three hospitals said they had warned managers about outdated computer systems at least "
             "twice in the past year.\n\n"
             "Health Minister Rosalind Achterberg said systems would not be fully restored for three weeks. Ms "
             "Achterberg is due to make a statement to parliament on Wednesday.",
     "edges": [e("were probably the same ransomware group that has attacked hospitals in at least three other countries "
                 "this year", "calloway-ostermere-hospitals",
                 "The attack was probably the work of a ransomware group that has targeted hospitals in at least three "
                 "other countries this year", drift=["headline"]),
               e("The ransom demanded by the attackers is about 5 million euros", "calloway-ostermere-hospitals",
                 "The attackers have demanded a ransom of about 4 million euros in cryptocurrency", drift=["number"]),
               e("admitted that it had failed to install a security update that would have closed the gap the attackers "
                 "used", "calloway-ostermere-hospitals",
                 "denied that it had failed to install a security update that would have closed the gap the attackers "
                 "used", drift=["stance"]),
               e("they had warned managers about outdated computer systems at least twice in the past year",
                 "calloway-ostermere-hospitals",
                 "staff had warned managers about outdated computer systems at least twice in the past year",
                 drift=["source"]),
               e("systems would not be fully restored for three weeks", "calloway-ostermere-hospitals",
                 "full systems may not be restored for up to three weeks", drift=["hedge"])]},
    {"id": "lakeshore-observer", "outlet": "Lakeshore Observer",
     "url": "https://lakeshoreobserver.example/region/ostermere-hospitals-underinvestment",
     "date": "2026-09-16", "title": "Underinvestment left Ostermere hospitals open to hackers",
     "text": "The Ostermere Evening Post reported on Monday that about 1,200 planned operations and outpatient "
             "appointments had been postponed at the city's three hospitals after the cyberattack.\n\n"
             "According to the Post, trust chief executive Dr Halvard Essien said: \u201cWe will not pay any ransom. "
             "Keeping patients safe comes first.\u201d\n\n"
             "Essien said there was evidence that patient records had been copied from the trust's servers, the Post "
             "reported.\n\n"
             "Staff had warned managers about outdated computer systems at least twice in the past year, a hospital "
             "manager said, according to the Post.\n\n"
             "Opposition health spokesman Piet Varlow blamed the attack on years of underinvestment in hospital IT, the "
             "paper said.\n\n"
             "Lakeshore's own district hospital said it had taken in 14 extra emergency patients from Ostermere since "
             "Sunday.",
     "edges": [e("about 1,200 planned operations and outpatient appointments had been postponed",
                 "ostermere-evening-post",
                 "postpone about 1,200 planned operations and outpatient appointments this week"),
               e("We will not pay any ransom", "ostermere-evening-post", "We will not pay a ransom", drift=["quote"]),
               e("Keeping patients safe comes first", "ostermere-evening-post",
                 "Our priority is to keep patients safe", drift=["quote"]),
               e("there was evidence that patient records had been copied from the trust's servers",
                 "ostermere-evening-post",
                 "there was no evidence so far that patient records had been copied or taken from the trust's servers",
                 drift=["stance"]),
               e("Staff had warned managers about outdated computer systems at least twice in the past year",
                 "ostermere-evening-post",
                 "staff had warned managers about outdated computer systems at least twice in the past year",
                 drift=["source"]),
               e("blamed the attack on years of underinvestment in hospital IT", "ostermere-evening-post",
                 "the attack had likely been made easier by years of underinvestment in hospital IT",
                 drift=["hedge", "headline"])]},
    {"id": "civic-pulse", "outlet": "Civic Pulse", "url": "https://civicpulse.example/2026/09/16/ostermere-hack-records",
     "date": "2026-09-16", "title": "Patient records copied in Ostermere hospital hack, trust chief says",
     "text": "Patient records were copied from the servers of the North Fenwick Health Trust during the cyberattack that "
             "hit Ostermere's three hospitals, the trust's chief executive has said.\n\n"
             "The hospitals' IT contractor failed to install a security update that would have closed the gap the "
             "attackers used.\n\n"
             "Ambulances were diverted away from St Aldric's emergency department for ten hours on Sunday.\n\n"
             "Civic Pulse has asked the trust whether patients will be told if their data was taken.",
     "edges": [e("Patient records were copied from the servers of the North Fenwick Health Trust",
                 ["calloway-ostermere-hospitals", "ostermere-evening-post"],
                 "there was no evidence so far that patient records had been copied or taken from the trust's servers",
                 "relay", ["stance"]),
               e("The hospitals' IT contractor failed to install a security update that would have closed the gap the "
                 "attackers used", ["calloway-ostermere-hospitals", "ostermere-evening-post"],
                 "denied that it had failed to install a security update that would have closed the gap the attackers "
                 "used", "pickup", ["stance", "attribution"]),
               e("Ambulances were diverted away from St Aldric's emergency department for ten hours on Sunday",
                 ["calloway-ostermere-hospitals", "ostermere-evening-post"],
                 "Ambulances were diverted from the emergency department at St Aldric's Hospital for nine hours on "
                 "Sunday", "pickup", ["number", "attribution"])]},
    {"id": "capital-standard", "outlet": "The Capital Standard",
     "url": "https://capitalstandard.example/health/ostermere-hospitals-month",
     "date": "2026-09-16", "title": "Ostermere hospital systems out for a month, ministry says",
     "text": "The cyberattack on Ostermere's hospitals was carried out by a ransomware group that has hit hospitals in at "
             "least three other countries, the Fenwick Valley Gazette reported on Tuesday, citing officials at the "
             "National Cyber Response Centre.\n\n"
             "According to the Gazette, the trust said around 1,000 operations and appointments had been put off.\n\n"
             "Brightlane Systems, the trust's IT contractor, admitted failing to install a security update, the "
             "Gazette said.\n\n"
             "The Health Ministry warned that full systems might not be back for a month.\n\n"
             "Ostermere's hospitals are the second in the region to be attacked in two years; a clinic in Harrowgate "
             "lost its booking system for a week in 2024.",
     "edges": [e("The cyberattack on Ostermere's hospitals was carried out by a ransomware group that has hit hospitals "
                 "in at least three other countries", "fenwick-valley-gazette",
                 "The attack was the work of a ransomware group that has hit hospitals in at least three other "
                 "countries"),
               e("around 1,000 operations and appointments had been put off", "fenwick-valley-gazette",
                 "put off around 1,000 planned operations and appointments"),
               e("admitted failing to install a security update", "fenwick-valley-gazette",
                 "denied failing to install a security update", drift=["stance"]),
               e("full systems might not be back for a month", "fenwick-valley-gazette",
                 "full systems may not be back for up to three weeks", drift=["source", "number", "headline"])]},
    # distractors on the hospital attack: they share people and figures but pass on nothing
    {"id": "harrowgate-herald-brightlane", "outlet": "Harrowgate Herald",
     "url": "https://harrowgateherald.example/business/brightlane-shares-payroll",
     "date": "2026-09-17", "title": "Brightlane shares fall as council payroll goes offline",
     "text": "Shares in Brightlane Systems fell 9 percent on Wednesday after Harrowgate district council said its payroll "
             "system had been offline for two days.\n\n"
             "The council said it had no reason to think the outage was linked to the attack on the North Fenwick "
             "Health Trust. A Brightlane spokeswoman said the payroll fault was caused by a failed hardware upgrade and "
             "had been fixed.\n\n"
             "Brightlane provides IT services to 40 public bodies across the region.",
     "edges": []},
    {"id": "meridian-health-journal", "outlet": "Meridian Health Journal",
     "url": "https://meridianhealth.example/news/hospitals-remote-access-check",
     "date": "2026-09-18", "title": "Hospitals told to check remote-access accounts within 72 hours",
     "text": "The National Cyber Response Centre on Thursday told every hospital in the country to check its remote-access "
             "accounts for unused passwords within 72 hours.\n\n"
             "\u201cMost of the attacks we see start with an old account that nobody switched off,\u201d the centre's "
             "deputy director, Anouk Vessel, said at a briefing.\n\n"
             "Vessel declined to say how the attackers had entered the North Fenwick Health Trust's systems, citing the "
             "investigation.",
     "edges": []},
    # the Harnell release: a newswire reprint (shortened), relays, a second hop through the local paper and one
    # through the reprint, an uncredited pickup, two distractors
    {"id": "trade-wire-harnell", "outlet": "Trade Wire Network",
     "url": "https://tradewire.example/releases/2026/10/06/harnell-foods-brackton",
     "date": "2026-10-06", "title": "Harnell Foods to close Brackton bakery with loss of 410 jobs",
     "text": "BRACKTON, 6 October 2026 /Trade Wire Network/ - Harnell Foods today announced a proposal to close its "
             "bakery in Brackton by the end of June 2027, putting 410 jobs at risk.\n\n"
             "The bakery, which makes the company's Corran's biscuits and oatcakes, lost 18 million pounds over the "
             "past two years as energy and flour costs rose, the company said.\n\n"
             "\u201cThis is the hardest decision I have had to take in this job. The people of Brackton have baked for "
             "us for 60 years, and this proposal is no reflection on their skill or commitment,\u201d said Harnell "
             "Foods' chief executive, Ines Caldwell-Ayo.\n\n"
             "Harnell Foods said the proposal was not connected to the planned sale of its Corran's brand, which it "
             "announced in May.\n\n"
             "The company said it will begin a 45-day consultation with staff representatives and the Bakers' and "
             "Allied Workers' Union on Monday.\n\n"
             "SOURCE Harnell Foods",
     "edges": [e("a proposal to close its bakery in Brackton by the end of June 2027, putting 410 jobs at risk",
                 "harnell-brackton-release",
                 "a proposal to close its bakery in Brackton by the end of June 2027, putting 410 jobs at risk", "copy",
                 ["headline"]),
               e("lost 18 million pounds over the past two years as energy and flour costs rose",
                 "harnell-brackton-release",
                 "lost 18 million pounds over the past two years as energy and flour costs rose", "copy"),
               e("This is the hardest decision I have had to take in this job", "harnell-brackton-release",
                 "This is the hardest decision I have had to take in this job", "copy"),
               e("The people of Brackton have baked for us for 60 years", "harnell-brackton-release",
                 "The people of Brackton have baked for us for 60 years", "copy"),
               e("this proposal is no reflection on their skill or commitment", "harnell-brackton-release",
                 "this proposal is no reflection on their skill or commitment", "copy"),
               e("the proposal was not connected to the planned sale of its Corran's brand", "harnell-brackton-release",
                 "the proposal was not connected to the planned sale of its Corran's brand", "copy"),
               e("it will begin a 45-day consultation with staff representatives and the Bakers' and Allied Workers' "
                 "Union on Monday", "harnell-brackton-release",
                 "it will begin a 45-day consultation with staff representatives and the Bakers' and Allied Workers' "
                 "Union on Monday", "copy")]},
    {"id": "brackton-echo", "outlet": "Brackton Echo", "url": "https://bracktonecho.example/news/harnell-bakery-jobs",
     "date": "2026-10-06", "title": "410 jobs at risk as Harnell plans Brackton bakery closure",
     "text": "410 jobs are at risk at Harnell Foods' Brackton bakery after the company announced plans to close the site "
             "by the end of June next year.\n\n"
             "In a statement on Tuesday, Harnell said the bakery had lost 18 million pounds in two years because of "
             "rising energy and flour costs.\n\n"
             "Chief executive Ines Caldwell-Ayo said the decision was \u201cthe hardest decision I have had to take "
             "in this job\u201d and that the plan was \u201cno reflection on their skill or commitment\u201d.\n\n"
             "The company says a review by consultants Teller Hume found the site would need more than 30 million "
             "pounds of investment to stay open.\n\n"
             "Brackton councillor Joan Abernethy said the town would \u201cfight for every one of these jobs\u201d and "
             "called on Harnell to delay the consultation.",
     "edges": [e("410 jobs are at risk at Harnell Foods' Brackton bakery", "harnell-brackton-release",
                 "putting 410 jobs at risk"),
               e("the bakery had lost 18 million pounds in two years", "harnell-brackton-release",
                 "lost 18 million pounds over the past two years as energy and flour costs rose"),
               e("the hardest decision I have had to take in this job", "harnell-brackton-release",
                 "This is the hardest decision I have had to take in this job"),
               e("no reflection on their skill or commitment", "harnell-brackton-release",
                 "this proposal is no reflection on their skill or commitment"),
               e("the site would need more than 30 million pounds of investment to stay open",
                 "harnell-brackton-release",
                 "the site would probably need more than 30 million pounds of investment to remain open",
                 drift=["hedge"])]},
    {"id": "grocer-trade-weekly", "outlet": "Grocer Trade Weekly",
     "url": "https://grocertradeweekly.example/suppliers/harnell-brackton-eastwick",
     "date": "2026-10-08", "title": "Harnell's Eastwick plant to gain 120 jobs from Brackton move",
     "text": "Harnell Foods' Brackton bakery lost 20 million pounds over two years, the company said in a statement "
             "announcing plans to shut the site.\n\n"
             "Output of Corran's biscuits would move to Harnell's Eastwick plant, where around 120 new jobs may be "
             "created over the next two years, the statement said.\n\n"
             "Finance director Gregor Lindqvist said the proposal and the sale of the Corran's brand were "
             "\u201ccompletely unrelated\u201d.\n\n"
             "Two private equity firms are understood to be among the bidders for the Corran's brand.",
     "edges": [e("Harnell Foods' Brackton bakery lost 20 million pounds over two years", "harnell-brackton-release",
                 "lost 18 million pounds over the past two years", drift=["number"]),
               e("Output of Corran's biscuits would move to Harnell's Eastwick plant", "harnell-brackton-release",
                 "Production of Corran's biscuits would move to the company's plant at Eastwick"),
               e("around 120 new jobs may be created over the next two years", "harnell-brackton-release",
                 "about 120 new jobs may be created over the next two years", drift=["headline"]),
               e("the proposal and the sale of the Corran's brand were \u201ccompletely unrelated\u201d",
                 "harnell-brackton-release", "The sale and this proposal are entirely separate", drift=["quote"])]},
    {"id": "caledon-chronicle", "outlet": "Caledon Chronicle",
     "url": "https://caledonchronicle.example/2026/10/07/brackton-bakery-town",
     "date": "2026-10-07", "title": "Brackton bakery closure: what it means for the town",
     "text": "The Brackton Echo reports that 410 jobs are at risk after Harnell Foods announced plans to close its bakery "
             "in the town by the end of June next year.\n\n"
             "Keeping the bakery open would take more than 30 million pounds of investment, according to chief "
             "executive Ines Caldwell-Ayo, the Echo reported.\n\n"
             "Councillor Joan Abernethy told the paper the town would \u201cfight for every job\u201d.\n\n"
             "The bakery is the town's second-largest employer after the district hospital.",
     "edges": [e("410 jobs are at risk", "brackton-echo", "410 jobs are at risk at Harnell Foods' Brackton bakery"),
               e("Keeping the bakery open would take more than 30 million pounds of investment", "brackton-echo",
                 "the site would need more than 30 million pounds of investment to stay open", drift=["source"]),
               e("fight for every job", "brackton-echo", "fight for every one of these jobs", drift=["quote"])]},
    {"id": "workers-voice", "outlet": "The Workers' Voice",
     "url": "https://workersvoice.example/2026/10/09/harnell-corrans-sale",
     "date": "2026-10-09", "title": "Harnell bakery closure tied to Corran's sale",
     "text": "Harnell Foods' plan to close its Brackton bakery is connected to the planned sale of its Corran's brand.\n\n"
             "The bakery lost 18 million pounds over the past two years, as energy and flour costs rose.\n\n"
             "Compulsory redundancies could follow at Harnell's other five sites.\n\n"
             "The Bakers' and Allied Workers' Union will hold a mass meeting at the bakery gates on Friday.",
     "edges": [e("Harnell Foods' plan to close its Brackton bakery is connected to the planned sale of its Corran's brand",
                 ["harnell-brackton-release", "trade-wire-harnell"],
                 "the proposal was not connected to the planned sale of its Corran's brand", "pickup",
                 ["stance", "attribution"]),
               e("The bakery lost 18 million pounds over the past two years", ["harnell-brackton-release",
                                                                                "trade-wire-harnell"],
                 "lost 18 million pounds over the past two years as energy and flour costs rose", "pickup",
                 ["attribution"]),
               e("Compulsory redundancies could follow at Harnell's other five sites", "harnell-brackton-release",
                 "no compulsory redundancies would be made at its other five sites", "pickup",
                 ["stance", "hedge", "attribution"])]},
    {"id": "eastwick-post", "outlet": "Eastwick Post", "url": "https://eastwickpost.example/news/harnell-brackton-eastwick",
     "date": "2026-10-07", "title": "Harnell plans Brackton closure; Eastwick awaits word on jobs",
     "text": "Harnell Foods plans to close its Brackton bakery by the end of June 2027, Trade Wire Network reported on "
             "Tuesday, with 410 jobs at risk.\n\n"
             "The bakery lost 18 million pounds in the last two years, Harnell's finance director said in the "
             "statement carried by the wire.\n\n"
             "Harnell chief executive Ines Caldwell-Ayo called the proposal \u201cthe toughest decision I have had to "
             "take\u201d.\n\n"
             "The company denied the closure had anything to do with the sale of Corran's, according to Trade Wire "
             "Network.\n\n"
             "Eastwick's plant manager, Tomas Reyne, said he had not yet been told how many extra staff the site would "
             "need.",
     "edges": [e("Harnell Foods plans to close its Brackton bakery by the end of June 2027", "trade-wire-harnell",
                 "a proposal to close its bakery in Brackton by the end of June 2027"),
               e("with 410 jobs at risk", "trade-wire-harnell", "putting 410 jobs at risk"),
               e("The bakery lost 18 million pounds in the last two years", "trade-wire-harnell",
                 "lost 18 million pounds over the past two years", drift=["source"]),
               e("the toughest decision I have had to take", "trade-wire-harnell",
                 "This is the hardest decision I have had to take in this job", drift=["quote"]),
               e("denied the closure had anything to do with the sale of Corran's", "trade-wire-harnell",
                 "the proposal was not connected to the planned sale of its Corran's brand")]},
    # distractors on the bakery closure
    {"id": "northshire-business-review", "outlet": "Northshire Business Review",
     "url": "https://northshirebusiness.example/deals/corrans-bidders",
     "date": "2026-10-12", "title": "Corran's sale draws three bidders",
     "text": "Three bidders have made offers for Harnell Foods' Corran's biscuit brand, two people involved in the sale "
             "process said on Monday.\n\n"
             "The brand could fetch about 90 million pounds, one of them said. Harnell declined to comment on the bids.",
     "edges": []},
    {"id": "brackton-echo-jobs-hub", "outlet": "Brackton Echo",
     "url": "https://bracktonecho.example/news/college-jobs-hub-bakery",
     "date": "2026-10-14", "title": "College opens jobs hub for bakery workers",
     "text": "Brackton College opened a jobs advice hub on Wednesday for workers at the Harnell Foods bakery.\n\n"
             "The college's principal, Dr Sunniva Holt, said 85 bakery staff had booked appointments in the first two "
             "days. \u201cMost of them want to know whether their skills carry over to other food businesses,\u201d she "
             "said.",
     "edges": []},
    # dev set origin: NASA's retired shuttles (Wikinews)
    {"id": "skyward-news", "outlet": "Skyward News", "url": "https://skywardnews.example/2011/04/13/shuttle-homes",
     "date": "2011-04-13", "title": "Discovery headed for Smithsonian, Enterprise to New York",
     "text": "NASA Administrator Charles Bolden announced on Tuesday where the three remaining space shuttle orbiters "
             "will go when the program ends, Wikinews reported.\n\n"
             "The prototype Enterprise will move from the Smithsonian's Udvar-Hazy Center to the Intrepid Sea-Air-Space "
             "Museum in New York City, with Discovery taking its place, according to Wikinews.\n\n"
             "Endeavour will go to the California Science Center in Los Angeles and Atlantis to the Kennedy Space "
             "Center Visitor Complex.\n\n"
             "\u201cThis was a very difficult decision, but one made with the American public in mind,\u201d Bolden "
             "said.",
     "edges": [e("NASA Administrator Charles Bolden announced on Tuesday where the three remaining space shuttle orbiters "
                 "will go", "nasa-shuttle-homes",
                 "NASA Administrator Charles Bolden announced the locations that would be given the three remaining "
                 "Space Shuttle orbiters"),
               e("The prototype Enterprise will move from the Smithsonian's Udvar-Hazy Center to the Intrepid "
                 "Sea-Air-Space Museum in New York City", "nasa-shuttle-homes",
                 "Space Shuttle Enterprise would be relocated from the Smithsonian's National Air and Space Museum "
                 "Steven F. Udvar-Hazy Center at Washington Dulles International Airport to the Intrepid Sea-Air-Space "
                 "Museum in New York City"),
               e("with Discovery taking its place", "nasa-shuttle-homes",
                 "Space Shuttle Discovery will take the place of Enterprise at the Udvar-Hazy Center"),
               e("Endeavour will go to the California Science Center in Los Angeles", "nasa-shuttle-homes",
                 "will be sent to the California Science Center in Los Angeles"),
               e("Atlantis to the Kennedy Space Center Visitor Complex", "nasa-shuttle-homes",
                 "Atlantis will go on display at the Kennedy Space Center Visitor Complex"),
               e("This was a very difficult decision, but one made with the American public in mind",
                 "nasa-shuttle-homes",
                 "This was a very difficult decision, but one that was made with the American public in mind",
                 drift=["quote"])]},
    {"id": "lone-star-dispatch", "outlet": "Lone Star Dispatch",
     "url": "https://lonestardispatch.example/politics/cornyn-shuttle-houston",
     "date": "2011-04-14", "title": "Politics cost Houston its shuttle",
     "text": "Senator John Cornyn of Texas said he was \u201cdisappointed with NASA's decision to slight the Johnson Space "
             "Center\u201d as a home for a retired orbiter, according to a Wikinews report.\n\n"
             "Cornyn said it was clear that political favors had trumped common sense in the selection.\n\n"
             "Cornyn also said that Administrator Bolden had agreed Houston should have been selected, Wikinews "
             "reported.\n\n"
             "The Johnson Space Center is expected to receive pilot and commander seats from the flight deck "
             "instead.\n\n"
             "A spokesman for the Houston mayor's office said the city would ask NASA to reconsider.",
     "edges": [e("disappointed with NASA's decision to slight the Johnson Space Center", "nasa-shuttle-homes",
                 "I am disappointed with NASA's decision to slight the Johnson Space Center"),
               e("it was clear that political favors had trumped common sense in the selection", "nasa-shuttle-homes",
                 "it is clear political favors trumped common sense and fairness in the selection",
                 drift=["headline"]),
               e("Administrator Bolden had agreed Houston should have been selected", "nasa-shuttle-homes",
                 "Houston should have been selected as a final home for one of the orbiters \u2014 even Administrator "
                 "Bolden stated as much"),
               e("The Johnson Space Center is expected to receive pilot and commander seats from the flight deck",
                 "nasa-shuttle-homes", "the JSC will recieve pilot and commander seats from the flight deck",
                 drift=["hedge"])]},
    {"id": "puget-evening-star", "outlet": "Puget Evening Star",
     "url": "https://pugetstar.example/2011/04/13/museum-of-flight-trainer",
     "date": "2011-04-13", "title": "Seattle loses out on shuttle, gets trainer instead",
     "text": "Washington Governor Chris Gregoire said she was \u201cdisappointed that NASA did not choose\u201d Seattle's "
             "Museum of Flight, Wikinews reports.\n\n"
             "Gregoire said the museum will instead receive the full fuselage trainer on which every astronaut has "
             "trained, calling it \u201ca real win for our museum\u201d.\n\n"
             "Visitors will be allowed to climb aboard the other shuttles too, Gregoire said.\n\n"
             "The Museum of Flight had built a new building to house an orbiter, Wikinews noted.\n\n"
             "Boeing 747 carrier aircraft have ferried shuttles for the past 25 years, Washington state officials "
             "said.",
     "edges": [e("disappointed that NASA did not choose", "nasa-shuttle-homes", "disappointed that NASA did not choose"),
               e("the museum will instead receive the full fuselage trainer", "nasa-shuttle-homes",
                 "the full fuselage trainer, that every astronaut including [former Museum of Flight CEO] Bonnie Dunbar "
                 "has been trained on, will soon call the Museum of Flight home"),
               e("a real win for our museum", "nasa-shuttle-homes", "this trainer is a true win for our dynamic museum",
                 drift=["quote"]),
               e("Visitors will be allowed to climb aboard the other shuttles too", "nasa-shuttle-homes",
                 "Visitors will not be allowed in the other shuttles", drift=["stance"]),
               e("The Museum of Flight had built a new building to house an orbiter", "nasa-shuttle-homes",
                 "going so far as to build a new building to house an orbiter"),
               e("Boeing 747 carrier aircraft have ferried shuttles for the past 25 years", "nasa-shuttle-homes",
                 "the 747, which has gracefully transported shuttles for the last 30 years",
                 drift=["number", "source"])]},
    {"id": "gulf-coast-record", "outlet": "Gulf Coast Record",
     "url": "https://gulfcoastrecord.example/2011/04/15/cornyn-shuttle-politics",
     "date": "2011-04-15", "title": "Politics trumped fairness in shuttle choice, Cornyn says",
     "text": "It was clear that political favors had trumped common sense in NASA's choice, Senator John Cornyn told "
             "reporters, the Lone Star Dispatch reported.\n\n"
             "NASA Administrator Charles Bolden agreed that Houston should have been chosen.\n\n"
             "Two Texas congressmen said on Thursday they would ask for a review of the selection process.",
     "edges": [e("political favors had trumped common sense in NASA's choice", "lone-star-dispatch",
                 "political favors had trumped common sense in the selection"),
               e("NASA Administrator Charles Bolden agreed that Houston should have been chosen", "lone-star-dispatch",
                 "Administrator Bolden had agreed Houston should have been selected", drift=["attribution"])]},
    {"id": "space-weekly-digest", "outlet": "Space Weekly Digest",
     "url": "https://spaceweeklydigest.example/2011/04/16/enterprise-new-york",
     "date": "2011-04-16", "title": "Enterprise heads to New York as NASA hands out shuttle parts",
     "text": "Enterprise will be moved from the Udvar-Hazy Center at Washington Dulles International Airport to the "
             "Intrepid Sea-Air-Space Museum in New York City.\n\n"
             "Shuttle simulators will go to the Adler Planetarium in Chicago and the Evergreen Aviation & Space Museum "
             "in Oregon, among others.\n\n"
             "NASA is offering shuttle heat shield tiles to schools and universities.\n\n"
             "Houston should have been chosen as a home for one of the orbiters.\n\n"
             "Museums that did not receive an orbiter can still apply for smaller artifacts until June.",
     "edges": [e("Enterprise will be moved from the Udvar-Hazy Center at Washington Dulles International Airport to the "
                 "Intrepid Sea-Air-Space Museum in New York City", "nasa-shuttle-homes",
                 "Space Shuttle Enterprise would be relocated from the Smithsonian's National Air and Space Museum "
                 "Steven F. Udvar-Hazy Center at Washington Dulles International Airport to the Intrepid Sea-Air-Space "
                 "Museum in New York City", "pickup"),
               e("Shuttle simulators will go to the Adler Planetarium in Chicago and the Evergreen Aviation & Space "
                 "Museum in Oregon", "nasa-shuttle-homes",
                 "various shuttle simulators which will be given to the Adler Planetarium in Chicago, Illinois, the "
                 "Evergreen Aviation & Space Museum of McMinnville, Oregon", "pickup"),
               e("NASA is offering shuttle heat shield tiles to schools and universities", "nasa-shuttle-homes",
                 "NASA is also offering shuttle heat shield tiles to schools and universities", "pickup"),
               e("Houston should have been chosen as a home for one of the orbiters", "nasa-shuttle-homes",
                 "There is no question Houston should have been selected as a final home for one of the orbiters",
                 "pickup", ["attribution"])]},
    # distractor on the shuttle homes
    {"id": "lone-star-dispatch-replica", "outlet": "Lone Star Dispatch",
     "url": "https://lonestardispatch.example/local/space-heritage-replica",
     "date": "2011-04-20", "title": "Houston foundation plans full-size shuttle replica",
     "text": "The Houston Space Heritage Foundation said on Wednesday it would build a full-size shuttle replica near the "
             "Johnson Space Center, at a cost of about 12 million dollars.\n\n"
             "The foundation's president, Raymond Okafor-Dale, said the exhibit would open within three years and "
             "would let visitors walk through the crew cabin.",
     "edges": []},
    # dev set origin: iodine deficiency in Australian children (Wikinews)
    {"id": "southern-health-post", "outlet": "Southern Health Post",
     "url": "https://southernhealthpost.example/2006/02/24/iodine-children",
     "date": "2006-02-24", "title": "Iodine shortage is damaging Australian children's brains",
     "text": "Almost half of all Australian primary school children are mildly to moderately iodine deficient, "
             "researchers say, Wikinews reported on Thursday.\n\n"
             "The study surveyed 1709 schoolchildren aged 8 to 10 from 88 schools in five states.\n\n"
             "Iodine deficiency can lead to brain damage, stunted growth and deafness.\n\n"
             "\u201cIf iodine deficiency is serious you lose 15 IQ points, on average,\u201d Professor Cres Eastman, "
             "the study's director, said.",
     "edges": [e("Almost half of all Australian primary school children are mildly to moderately iodine deficient",
                 "australia-iodine-deficiency",
                 "Almost half of all Australian primary school children are mild to moderately iodine deficient"),
               e("The study surveyed 1709 schoolchildren aged 8 to 10 from 88 schools", "australia-iodine-deficiency",
                 "A cross-sectional survey of 1709 schoolchildren - aged 8\u201310 years, from 88 schools"),
               e("Iodine deficiency can lead to brain damage, stunted growth and deafness", "australia-iodine-deficiency",
                 "Iodine deficiency can lead to serious health problems including brain damage, stunted growth and "
                 "deafness", drift=["headline"]),
               e("If iodine deficiency is serious you lose 15 IQ points, on average", "australia-iodine-deficiency",
                 "If Iodine deficiency is serious you lose 15 IQ points, on average")]},
    {"id": "outback-courier", "outlet": "Outback Courier", "url": "https://outbackcourier.example/health/iodised-salt",
     "date": "2006-02-25", "title": "Make all salt iodised now, researchers say",
     "text": "The authors of a national study have called for the \u201curgent implementation of mandatory iodisation of "
             "all edible salt in Australia\u201d, Wikinews reported.\n\n"
             "Professor Cres Eastman said iodine is added to only 20 per cent of Australian salt.\n\n"
             "He said food manufacturers would never use iodised salt voluntarily: \u201cWe've tried and we haven't "
             "succeeded.\u201d\n\n"
             "Pregnant women in Australia get about a third of the iodine they need each day, Eastman said.\n\n"
             "A spokeswoman for Food Standards Australia New Zealand said mandatory guidelines would be in place by the "
             "end of the year.",
     "edges": [e("urgent implementation of mandatory iodisation of all edible salt in Australia",
                 "australia-iodine-deficiency",
                 "urgent implementation of mandatory iodisation of all edible salt in Australia"),
               e("iodine is added to only 20 per cent of Australian salt", "australia-iodine-deficiency",
                 "iodine is added to only 10 per cent of Australian salt", drift=["number"]),
               e("food manufacturers would never use iodised salt voluntarily", "australia-iodine-deficiency",
                 "I suspect they won't do that on a voluntary basis", drift=["hedge"]),
               e("We've tried and we haven't succeeded", "australia-iodine-deficiency",
                 "we've tried so far and haven't succeeded", drift=["quote"]),
               e("Pregnant women in Australia get about a third of the iodine they need each day",
                 "australia-iodine-deficiency",
                 "Pregnant women in Australia are getting about half as much as what they require on a daily basis",
                 drift=["number"]),
               e("mandatory guidelines would be in place by the end of the year", "australia-iodine-deficiency",
                 "they are looking at mandatory guidelines on iodine by the end of the year",
                 drift=["source", "hedge"])]},
    {"id": "family-matters-weekly", "outlet": "Family Matters Weekly",
     "url": "https://familymattersweekly.example/kids-health/iodine",
     "date": "2006-03-02", "title": "Is your child getting enough iodine?",
     "text": "According to the Southern Health Post, researchers have found that almost half of Australian primary school "
             "children do not get enough iodine.\n\n"
             "The Post reported that severe iodine deficiency costs a child 15 IQ points on average, according to "
             "researchers.\n\n"
             "The study surveyed 1,700 children.\n\n"
             "Dietitian Harriet Sillsby said parents should choose bread made with iodised salt where they can.",
     "edges": [e("almost half of Australian primary school children do not get enough iodine", "southern-health-post",
                 "Almost half of all Australian primary school children are mildly to moderately iodine deficient"),
               e("severe iodine deficiency costs a child 15 IQ points on average", "southern-health-post",
                 "If iodine deficiency is serious you lose 15 IQ points, on average", drift=["source"]),
               e("The study surveyed 1,700 children", "southern-health-post",
                 "The study surveyed 1709 schoolchildren aged 8 to 10", drift=["number"])]},
    {"id": "daily-wellness-notes", "outlet": "Daily Wellness Notes",
     "url": "https://dailywellnessnotes.example/2006/03/01/dairy-iodine",
     "date": "2006-03-01", "title": "Dairy sanitisers blamed for falling iodine",
     "text": "The decline in iodine intake is due to changes in the dairy industry, where chlorine-based sanitisers have "
             "replaced iodine-based ones.\n\n"
             "Most food manufacturers use iodised salt in the preparation of foods.\n\n"
             "More than two billion people around the world live in areas prone to iodine deficiency.\n\n"
             "Seaweed snacks are another source, though some brands contain far more iodine than the daily limit.",
     "edges": [e("The decline in iodine intake is due to changes in the dairy industry", "australia-iodine-deficiency",
                 "the decline in iodine intake appears to be due to changes in the dairy industry", "pickup",
                 ["hedge", "attribution"]),
               e("Most food manufacturers use iodised salt in the preparation of foods", "australia-iodine-deficiency",
                 "few if any food manufacturers use iodised salt in the preparation and manufacture of foods", "pickup",
                 ["stance", "attribution"]),
               e("More than two billion people around the world live in areas prone to iodine deficiency",
                 "australia-iodine-deficiency",
                 "More than two billion people around the world live in areas prone to iodine deficiency", "pickup")]},
]

_PARCELO = ("LANDSMERE, June 18 (Hollis Wire) - The Court of Appeal ruled on Thursday that couriers who deliver for the "
            "app-based company Parcelo are employees rather than self-employed contractors, a decision that could "
            "entitle about 14,000 riders to holiday pay and the minimum wage.\n\n"
            "The three judges found unanimously that Parcelo controlled how, when and at what price its couriers "
            "worked, upholding a 2025 decision by an employment tribunal.\n\n"
            "\u201cThe label a company chooses to put on a contract cannot override the reality of the relationship,\u201d "
            "Lady Justice Orla Brennan-Haig wrote in the judgment.\n\n"
            "Parcelo said it was disappointed and would likely seek permission to appeal to the Supreme Court. A "
            "company spokeswoman said the ruling \u201cmisunderstands how flexible work actually operates\u201d and denied "
            "that couriers had been penalised for turning down jobs.\n\n"
            "The Independent Couriers' Union, which brought the case on behalf of 37 riders, said back pay owed to "
            "couriers could exceed 60 million euros.\n\n"
            "\u201cToday the gig economy stops being a loophole and starts being a workplace,\u201d the union's general "
            "secretary, Dariusz Okafor-Lind, told reporters outside the court.\n\n"
            "Two lawyers who advise rival delivery firms said the ruling would probably force other platforms to "
            "rewrite their contracts within months. They asked not to be named because their clients had not "
            "authorised them to comment.\n\n"
            "Employment Minister Fenella Roux said the government would study the judgment carefully and had no plans "
            "to change the law before the Supreme Court heard any appeal.\n\n"
            "Couriers earned an average of 9.40 euros an hour after costs, according to a study cited in the judgment, "
            "below the statutory minimum of 12.10 euros.\n\n"
            "Parcelo, founded in 2019, operates in 22 cities and reported revenue of 410 million euros last year.")

HELD_OUT_10 = [
    # origins written for this set: a wire report on a court ruling (judges, a named judge's written words, a
    # company's denial and hedged plan, a union's estimate, two anonymous lawyers, a minister) and a national
    # statistics office's news release (figures, a named statistician's words, a projection, a rejected suggestion)
    {"id": "hollis-parcelo-ruling", "outlet": "Hollis Wire",
     "url": "https://holliswire.example/2026/06/18/parcelo-couriers-employees-appeal-court",
     "date": "2026-06-18", "title": "Parcelo couriers are employees, appeal court rules",
     "text": _PARCELO,
     "edges": []},
    {"id": "rhenvale-stats-births", "outlet": "Rhenvale Statistics Office",
     "url": "https://statistics.rhenvale.example/news/2026/08/births-and-deaths-2025",
     "date": "2026-08-04", "title": "Births and deaths in 2025: fewest births on record",
     "text": "RHENVALE STATISTICS OFFICE - News release, 4 August 2026\n\n"
             "Births in Rhenvale fell to 61,240 in 2025, the lowest number since records began in 1946 and 4.8% fewer "
             "than in 2024, according to figures published today by the Rhenvale Statistics Office.\n\n"
             "The total fertility rate fell to 1.31 children per woman, from 1.38 in 2024. A rate of about 2.1 is "
             "needed to keep a population stable without migration.\n\n"
             "The average age of mothers at childbirth rose to 32.6 years, the highest on record.\n\n"
             "Deaths outnumbered births for the sixth year in a row, with 74,900 deaths registered in 2025.\n\n"
             "\u201cThe fall in births is broad-based: we see it in every region and in every age group under 35,\u201d "
             "said Dr Ilse Marchetti, head of population statistics at the office.\n\n"
             "Marchetti said the office had found no evidence that the decline was driven by any single cause. "
             "\u201cIt would be a mistake to pin this on housing costs alone,\u201d she said.\n\n"
             "The office rejected suggestions that a change in how births are registered, introduced in 2024, had "
             "affected the figures.\n\n"
             "The population nevertheless grew by 0.4% to 5.92 million, as net migration of about 36,000 people more "
             "than offset the natural decrease.\n\n"
             "On current trends the population is likely to begin to shrink by 2034, according to the office's "
             "projections.\n\n"
             "Births outside marriage made up 44% of all births, up from 39% a decade earlier.\n\n"
             "Notes to editors: the figures are based on birth and death registrations received by 31 March 2026. The "
             "next release, on population estimates, is due in November.",
     "edges": []},
    # the Hollis report: a syndicated copy published whole, a trimmed and sub-edited copy, relays (a business page,
    # a radio station, a tabloid), second hops through the whole copy and the trimmed copy, an uncredited column,
    # two distractors
    {"id": "landsmere-courier-parcelo", "outlet": "Landsmere Courier",
     "url": "https://landsmerecourier.example/news/2026/06/18/parcelo-riders-win",
     "date": "2026-06-18", "title": "Parcelo riders win holiday pay and minimum wage in landmark ruling",
     "text": _PARCELO + "\n\nDistributed by Hollis Wire and published by the Landsmere Courier under licence.",
     "edges": [e("couriers who deliver for the app-based company Parcelo are employees rather than self-employed "
                 "contractors", "hollis-parcelo-ruling",
                 "couriers who deliver for the app-based company Parcelo are employees rather than self-employed "
                 "contractors", "copy"),
               e("could entitle about 14,000 riders to holiday pay and the minimum wage", "hollis-parcelo-ruling",
                 "could entitle about 14,000 riders to holiday pay and the minimum wage", "copy", ["headline"]),
               e("Parcelo controlled how, when and at what price its couriers worked", "hollis-parcelo-ruling",
                 "Parcelo controlled how, when and at what price its couriers worked", "copy"),
               e("upholding a 2025 decision by an employment tribunal", "hollis-parcelo-ruling",
                 "upholding a 2025 decision by an employment tribunal", "copy"),
               e("The label a company chooses to put on a contract cannot override the reality of the relationship",
                 "hollis-parcelo-ruling",
                 "The label a company chooses to put on a contract cannot override the reality of the relationship",
                 "copy"),
               e("would likely seek permission to appeal to the Supreme Court", "hollis-parcelo-ruling",
                 "would likely seek permission to appeal to the Supreme Court", "copy"),
               e("misunderstands how flexible work actually operates", "hollis-parcelo-ruling",
                 "misunderstands how flexible work actually operates", "copy"),
               e("denied that couriers had been penalised for turning down jobs", "hollis-parcelo-ruling",
                 "denied that couriers had been penalised for turning down jobs", "copy"),
               e("back pay owed to couriers could exceed 60 million euros", "hollis-parcelo-ruling",
                 "back pay owed to couriers could exceed 60 million euros", "copy"),
               e("Today the gig economy stops being a loophole and starts being a workplace", "hollis-parcelo-ruling",
                 "Today the gig economy stops being a loophole and starts being a workplace", "copy"),
               e("the ruling would probably force other platforms to rewrite their contracts within months",
                 "hollis-parcelo-ruling",
                 "the ruling would probably force other platforms to rewrite their contracts within months", "copy"),
               e("had no plans to change the law before the Supreme Court heard any appeal", "hollis-parcelo-ruling",
                 "had no plans to change the law before the Supreme Court heard any appeal", "copy"),
               e("Couriers earned an average of 9.40 euros an hour after costs", "hollis-parcelo-ruling",
                 "Couriers earned an average of 9.40 euros an hour after costs", "copy"),
               e("operates in 22 cities and reported revenue of 410 million euros last year", "hollis-parcelo-ruling",
                 "operates in 22 cities and reported revenue of 410 million euros last year", "copy")]},
    {"id": "northgate-echo-parcelo", "outlet": "Northgate Echo",
     "url": "https://northgateecho.example/2026/06/18/parcelo-supreme-court",
     "date": "2026-06-18", "title": "Parcelo will take courier ruling to Supreme Court",
     "text": "LANDSMERE, June 18 (Hollis Wire) - Couriers for the delivery app Parcelo are employees, not "
             "self-employed contractors, the Court of Appeal ruled on Thursday, a decision that could give more than "
             "15,000 riders holiday pay and the minimum wage.\n\n"
             "The judges found that Parcelo controlled how, when and at what price its couriers worked.\n\n"
             "\u201cThe label on a contract cannot override the reality of a relationship,\u201d Lady Justice Orla "
             "Brennan-Haig wrote.\n\n"
             "Parcelo is likely to seek permission to appeal to the Supreme Court, the company said. A spokeswoman "
             "denied that couriers had been penalised for refusing jobs.\n\n"
             "A lawyer who advises a rival delivery firm said the ruling would probably force other platforms to "
             "rewrite their contracts within months.\n\n"
             "The minister said the government had no plans to change the law before any appeal was heard.\n\n"
             "Reporting by Hollis Wire; edited by the Northgate Echo news desk",
     "edges": [e("Couriers for the delivery app Parcelo are employees, not self-employed contractors",
                 "hollis-parcelo-ruling",
                 "couriers who deliver for the app-based company Parcelo are employees rather than self-employed "
                 "contractors", "copy"),
               e("could give more than 15,000 riders holiday pay and the minimum wage", "hollis-parcelo-ruling",
                 "could entitle about 14,000 riders to holiday pay and the minimum wage", "copy", ["number"]),
               e("Parcelo controlled how, when and at what price its couriers worked", "hollis-parcelo-ruling",
                 "Parcelo controlled how, when and at what price its couriers worked", "copy"),
               e("The label on a contract cannot override the reality of a relationship", "hollis-parcelo-ruling",
                 "The label a company chooses to put on a contract cannot override the reality of the relationship",
                 "copy", ["quote"]),
               e("Parcelo is likely to seek permission to appeal to the Supreme Court", "hollis-parcelo-ruling",
                 "would likely seek permission to appeal to the Supreme Court", "copy", ["headline"]),
               e("denied that couriers had been penalised for refusing jobs", "hollis-parcelo-ruling",
                 "denied that couriers had been penalised for turning down jobs", "copy"),
               e("the ruling would probably force other platforms to rewrite their contracts within months",
                 "hollis-parcelo-ruling",
                 "the ruling would probably force other platforms to rewrite their contracts within months", "copy",
                 ["source"]),
               e("the government had no plans to change the law before any appeal was heard", "hollis-parcelo-ruling",
                 "had no plans to change the law before the Supreme Court heard any appeal", "copy")]},
    {"id": "ledger-business-parcelo", "outlet": "The Ledger",
     "url": "https://theledger.example/business/2026/06/19/gig-platforms-contracts",
     "date": "2026-06-19", "title": "Gig platforms face contract rewrite after Parcelo loss",
     "text": "Delivery platforms across the country will have to rewrite their contracts within months after Parcelo "
             "lost its Court of Appeal case on Thursday, Hollis Wire reported, citing two lawyers who advise rival "
             "firms.\n\n"
             "According to Hollis Wire, the three judges unanimously found that Parcelo controlled how, when and at "
             "what price its couriers worked.\n\n"
             "A Parcelo spokeswoman admitted that couriers had been penalised for turning down jobs but said the "
             "ruling \u201cmisreads how flexible work operates\u201d, the agency reported.\n\n"
             "Back pay owed to couriers could top 60 million euros, the Independent Couriers' Union told Hollis "
             "Wire.\n\n"
             "Corvane Partners, Parcelo's largest investor, declined to comment on Friday.",
     "edges": [e("Delivery platforms across the country will have to rewrite their contracts within months",
                 "hollis-parcelo-ruling",
                 "the ruling would probably force other platforms to rewrite their contracts within months",
                 drift=["hedge"]),
               e("the three judges unanimously found that Parcelo controlled how, when and at what price its couriers "
                 "worked", "hollis-parcelo-ruling",
                 "The three judges found unanimously that Parcelo controlled how, when and at what price its couriers "
                 "worked"),
               e("admitted that couriers had been penalised for turning down jobs", "hollis-parcelo-ruling",
                 "denied that couriers had been penalised for turning down jobs", drift=["stance"]),
               e("misreads how flexible work operates", "hollis-parcelo-ruling",
                 "misunderstands how flexible work actually operates", drift=["quote"]),
               e("Back pay owed to couriers could top 60 million euros", "hollis-parcelo-ruling",
                 "back pay owed to couriers could exceed 60 million euros")]},
    {"id": "kestrel-fm-parcelo", "outlet": "Kestrel FM",
     "url": "https://kestrelfm.example/news/parcelo-union-back-pay",
     "date": "2026-06-18", "title": "Parcelo riders owed more than 60 million euros, union says",
     "text": "The head of the couriers' union has hailed Thursday's Court of Appeal ruling against Parcelo. Speaking "
             "outside the court, Dariusz Okafor-Lind said, as quoted by Hollis Wire, that \u201ctoday the gig economy "
             "stops being a loophole and becomes a proper workplace\u201d.\n\n"
             "Okafor-Lind said back pay owed to couriers could exceed 60 million euros.\n\n"
             "The ruling overturned a 2025 employment tribunal decision, Hollis Wire reported.\n\n"
             "Parcelo has said it will appeal to the Supreme Court.\n\n"
             "Kestrel FM has asked Parcelo for comment.",
     "edges": [e("today the gig economy stops being a loophole and becomes a proper workplace", "hollis-parcelo-ruling",
                 "Today the gig economy stops being a loophole and starts being a workplace", drift=["quote"]),
               e("back pay owed to couriers could exceed 60 million euros", "hollis-parcelo-ruling",
                 "back pay owed to couriers could exceed 60 million euros", drift=["source", "headline"]),
               e("The ruling overturned a 2025 employment tribunal decision", "hollis-parcelo-ruling",
                 "upholding a 2025 decision by an employment tribunal", drift=["stance"]),
               e("it will appeal to the Supreme Court", "hollis-parcelo-ruling",
                 "would likely seek permission to appeal to the Supreme Court", drift=["hedge"])]},
    {"id": "riders-network-parcelo", "outlet": "Riders' Network",
     "url": "https://ridersnetwork.example/news/2026/06/20/holiday-pay",
     "date": "2026-06-20", "title": "15,000 riders to get holiday pay",
     "text": "As the Northgate Echo reported on Thursday, more than 15,000 Parcelo riders could get holiday pay and the "
             "minimum wage after the Court of Appeal found they are employees, not self-employed contractors.\n\n"
             "The judge in the case, Lady Justice Orla Brennan-Haig, wrote that \u201cthe label on a contract cannot "
             "override the reality of a relationship\u201d, the Echo said.\n\n"
             "Parcelo told the Echo it had never penalised couriers for refusing jobs.\n\n"
             "The Riders' Network will hold an open meeting for members at the Tanner Street hall on Tuesday.",
     "edges": [e("more than 15,000 Parcelo riders could get holiday pay and the minimum wage", "northgate-echo-parcelo",
                 "could give more than 15,000 riders holiday pay and the minimum wage", drift=["headline"]),
               e("they are employees, not self-employed contractors", "northgate-echo-parcelo",
                 "Couriers for the delivery app Parcelo are employees, not self-employed contractors"),
               e("the label on a contract cannot override the reality of a relationship", "northgate-echo-parcelo",
                 "The label on a contract cannot override the reality of a relationship"),
               e("it had never penalised couriers for refusing jobs", "northgate-echo-parcelo",
                 "denied that couriers had been penalised for refusing jobs", drift=["source"])]},
    {"id": "southbank-weekly-parcelo", "outlet": "Southbank Weekly",
     "url": "https://southbankweekly.example/2026/06/24/parcelo-ruling-explained",
     "date": "2026-06-24", "title": "What the Parcelo ruling means for riders",
     "text": "The Landsmere Courier reported last week that the Court of Appeal had found Parcelo couriers are "
             "employees rather than self-employed contractors.\n\n"
             "About 14,000 riders are now entitled to holiday pay and the minimum wage, the Courier said.\n\n"
             "Couriers earned an average of 9.40 euros an hour after costs, according to a study cited in the judgment "
             "and reported by the Courier, well below the statutory minimum of 12.10 euros.\n\n"
             "Employment Minister Fenella Roux, the paper reported, plans to change the law before the Supreme Court "
             "hears any appeal.\n\n"
             "Riders who think they may be owed money should keep their payslips and app records, employment advisers "
             "say.",
     "edges": [e("Parcelo couriers are employees rather than self-employed contractors", "landsmere-courier-parcelo",
                 "couriers who deliver for the app-based company Parcelo are employees rather than self-employed "
                 "contractors"),
               e("About 14,000 riders are now entitled to holiday pay and the minimum wage", "landsmere-courier-parcelo",
                 "could entitle about 14,000 riders to holiday pay and the minimum wage", drift=["hedge"]),
               e("Couriers earned an average of 9.40 euros an hour after costs", "landsmere-courier-parcelo",
                 "Couriers earned an average of 9.40 euros an hour after costs"),
               e("plans to change the law before the Supreme Court hears any appeal", "landsmere-courier-parcelo",
                 "had no plans to change the law before the Supreme Court heard any appeal", drift=["stance"])]},
    {"id": "daily-bulletin-parcelo", "outlet": "The Daily Bulletin",
     "url": "https://dailybulletin.example/news/parcelo-owes-riders",
     "date": "2026-06-19", "title": "Gig giant Parcelo owes riders 60 million euros",
     "text": "Parcelo couriers took home just 9 euros an hour after costs, a study cited by the Court of Appeal found, "
             "according to a Hollis Wire report on the ruling.\n\n"
             "Union boss Dariusz Okafor-Lind says back pay owed to couriers could exceed 60 million euros.\n\n"
             "Lady Justice Orla Brennan-Haig said no label on a contract \u201ccan hide what the relationship really "
             "is\u201d.\n\n"
             "Parcelo controlled how, when and at what price its riders worked.\n\n"
             "Parcelo said it accepted the ruling. The firm operates in 22 cities.",
     "edges": [e("Parcelo couriers took home just 9 euros an hour after costs", "hollis-parcelo-ruling",
                 "Couriers earned an average of 9.40 euros an hour after costs", drift=["number"]),
               e("back pay owed to couriers could exceed 60 million euros", "hollis-parcelo-ruling",
                 "back pay owed to couriers could exceed 60 million euros", drift=["source", "headline"]),
               e("can hide what the relationship really is", "hollis-parcelo-ruling",
                 "The label a company chooses to put on a contract cannot override the reality of the relationship",
                 drift=["quote"]),
               e("Parcelo controlled how, when and at what price its riders worked", "hollis-parcelo-ruling",
                 "Parcelo controlled how, when and at what price its couriers worked", drift=["attribution"]),
               e("it accepted the ruling", "hollis-parcelo-ruling", "it was disappointed", drift=["stance"]),
               e("The firm operates in 22 cities", "hollis-parcelo-ruling", "operates in 22 cities")]},
    {"id": "landsmere-sentinel-column", "outlet": "Landsmere Sentinel",
     "url": "https://landsmeresentinel.example/opinion/2026/06/26/parcelo-only-the-start",
     "date": "2026-06-26", "title": "The Parcelo ruling is only the start",
     "text": "Last week's Court of Appeal decision on Parcelo should not have surprised anyone who has watched a "
             "courier weave through traffic for a pittance.\n\n"
             "Couriers earned an average of 9.40 euros an hour after costs, below the statutory minimum of 12.10 "
             "euros.\n\n"
             "The ruling will force other platforms to rewrite their contracts within months.\n\n"
             "The label a company chooses to put on a contract cannot override the reality of the relationship. That "
             "sentence deserves to hang on the wall of every start-up office in the country.\n\n"
             "The government has no plans to change the law. It should.",
     "edges": [e("Couriers earned an average of 9.40 euros an hour after costs",
                 ["hollis-parcelo-ruling", "landsmere-courier-parcelo"],
                 "Couriers earned an average of 9.40 euros an hour after costs", "pickup", ["attribution"]),
               e("The ruling will force other platforms to rewrite their contracts within months",
                 ["hollis-parcelo-ruling", "landsmere-courier-parcelo"],
                 "the ruling would probably force other platforms to rewrite their contracts within months", "pickup",
                 ["hedge", "attribution"]),
               e("The label a company chooses to put on a contract cannot override the reality of the relationship",
                 ["hollis-parcelo-ruling", "landsmere-courier-parcelo"],
                 "The label a company chooses to put on a contract cannot override the reality of the relationship",
                 "pickup", ["attribution"]),
               e("The government has no plans to change the law", ["hollis-parcelo-ruling", "landsmere-courier-parcelo"],
                 "had no plans to change the law before the Supreme Court heard any appeal", "pickup",
                 ["attribution"])]},
    {"id": "brennock-parcelo-groceries", "outlet": "Brennock Evening News",
     "url": "https://brennockeveningnews.example/2026/05/30/parcelo-groceries",
     "date": "2026-05-30", "title": "Parcelo adds grocery deliveries in Brennock",
     "text": "Parcelo began delivering groceries in Brennock on Friday, adding three supermarkets to its app.\n\n"
             "The company said orders would arrive within 30 minutes in most of the town centre.\n\n"
             "Local shop owners said they would watch the launch closely. The butcher on Quay Street said he had no "
             "plans to sign up.",
     "edges": []},
    {"id": "ferrin-taxi-tribunal", "outlet": "Ferrin Valley Times",
     "url": "https://ferrinvalleytimes.example/2026/06/22/taxi-drivers-tribunal",
     "date": "2026-06-22", "title": "Taxi drivers lose tribunal claim against booking app",
     "text": "An employment tribunal in Ferrin on Monday rejected a claim by 12 taxi drivers that the booking app "
             "RideMere should treat them as employees.\n\n"
             "The tribunal found that the drivers set their own fares and were free to work for rival apps.\n\n"
             "The drivers' lawyer, Sunniva Harcourt, said they were considering an appeal.",
     "edges": []},
    # the statistics release: a shortened newswire reprint, relays (a national paper, a broadcaster's briefing, a
    # paper quoting the release and a post), second hops through the paper and the reprint, an uncredited feature,
    # a distractor
    {"id": "pressdesk-rhenvale-births", "outlet": "PressDesk Newswire",
     "url": "https://pressdesk.example/releases/2026/08/04/rhenvale-births-record-low",
     "date": "2026-08-04", "title": "Rhenvale births fall to lowest level on record",
     "text": "Births in Rhenvale fell to 61,240 in 2025, the lowest number since records began in 1946 and 4.8% fewer "
             "than in 2024, according to figures published today by the Rhenvale Statistics Office.\n\n"
             "The total fertility rate fell to 1.31 children per woman, from 1.38 in 2024.\n\n"
             "Deaths outnumbered births for the sixth year in a row.\n\n"
             "\u201cThe fall in births is broad-based: we see it in every region and in every age group under 35,\u201d "
             "said Dr Ilse Marchetti, head of population statistics at the office.\n\n"
             "The population grew by 0.4% to 5.92 million as net migration more than offset the natural decrease. On "
             "current trends the population is likely to begin to shrink by 2034, according to the office's "
             "projections.\n\n"
             "Source: Rhenvale Statistics Office. Distributed by PressDesk Newswire.",
     "edges": [e("Births in Rhenvale fell to 61,240 in 2025", "rhenvale-stats-births",
                 "Births in Rhenvale fell to 61,240 in 2025", "copy"),
               e("the lowest number since records began in 1946", "rhenvale-stats-births",
                 "the lowest number since records began in 1946", "copy"),
               e("4.8% fewer than in 2024", "rhenvale-stats-births", "4.8% fewer than in 2024", "copy"),
               e("The total fertility rate fell to 1.31 children per woman, from 1.38 in 2024", "rhenvale-stats-births",
                 "The total fertility rate fell to 1.31 children per woman, from 1.38 in 2024", "copy"),
               e("Deaths outnumbered births for the sixth year in a row", "rhenvale-stats-births",
                 "Deaths outnumbered births for the sixth year in a row", "copy"),
               e("The fall in births is broad-based: we see it in every region and in every age group under 35",
                 "rhenvale-stats-births",
                 "The fall in births is broad-based: we see it in every region and in every age group under 35",
                 "copy"),
               e("The population grew by 0.4% to 5.92 million", "rhenvale-stats-births",
                 "The population nevertheless grew by 0.4% to 5.92 million", "copy"),
               e("net migration more than offset the natural decrease", "rhenvale-stats-births",
                 "net migration of about 36,000 people more than offset the natural decrease", "copy"),
               e("the population is likely to begin to shrink by 2034", "rhenvale-stats-births",
                 "the population is likely to begin to shrink by 2034", "copy")]},
    {"id": "rhenvale-herald-births", "outlet": "Rhenvale Herald",
     "url": "https://rhenvaleherald.example/news/2026/08/04/births-slump-population",
     "date": "2026-08-04", "title": "Population will start shrinking in 2034 as births slump",
     "text": "Rhenvale recorded just 61,240 births last year, the fewest since records began in 1946, the national "
             "statistics office said on Tuesday.\n\n"
             "The fertility rate dropped to 1.31 children per woman, well below the rate of about 2.1 needed to keep a "
             "population stable without migration, the office's figures show.\n\n"
             "Deaths have outnumbered births for five years running, the statistics office said, with 79,400 deaths "
             "registered in 2025.\n\n"
             "The office's head of population statistics, Dr Ilse Marchetti, said the fall was \u201cfelt in every "
             "corner of the country and at every age\u201d.\n\n"
             "The office projects that the population is likely to begin to shrink by 2034.\n\n"
             "Births outside marriage now make up more than half of all births, up from 39% a decade earlier, "
             "according to the release.",
     "edges": [e("Rhenvale recorded just 61,240 births last year", "rhenvale-stats-births",
                 "Births in Rhenvale fell to 61,240 in 2025"),
               e("the fewest since records began in 1946", "rhenvale-stats-births",
                 "the lowest number since records began in 1946"),
               e("The fertility rate dropped to 1.31 children per woman", "rhenvale-stats-births",
                 "The total fertility rate fell to 1.31 children per woman"),
               e("well below the rate of about 2.1 needed to keep a population stable without migration",
                 "rhenvale-stats-births", "A rate of about 2.1 is needed to keep a population stable without migration"),
               e("Deaths have outnumbered births for five years running", "rhenvale-stats-births",
                 "Deaths outnumbered births for the sixth year in a row", drift=["number"]),
               e("with 79,400 deaths registered in 2025", "rhenvale-stats-births",
                 "with 74,900 deaths registered in 2025", drift=["number"]),
               e("felt in every corner of the country and at every age", "rhenvale-stats-births",
                 "we see it in every region and in every age group under 35", drift=["quote"]),
               e("the population is likely to begin to shrink by 2034", "rhenvale-stats-births",
                 "the population is likely to begin to shrink by 2034", drift=["headline"]),
               e("Births outside marriage now make up more than half of all births", "rhenvale-stats-births",
                 "Births outside marriage made up 44% of all births", drift=["number"]),
               e("up from 39% a decade earlier", "rhenvale-stats-births", "up from 39% a decade earlier")]},
    {"id": "rv1-births-briefing", "outlet": "RV1 News",
     "url": "https://rv1.example/news/2026-08-04/births-record-low",
     "date": "2026-08-04", "title": "Births at record low, statistics office says",
     "text": "Speaking at a briefing broadcast live on RV1 on Tuesday, the head of population statistics, Dr Ilse "
             "Marchetti, said the office had found that the decline was driven by one main cause.\n\n"
             "\u201cIt would be wrong to pin this on housing costs alone,\u201d she said.\n\n"
             "Marchetti said mothers were now 32.6 years old on average when they gave birth, the highest on "
             "record.\n\n"
             "The population is set to begin shrinking by 2034, the statistics office told RV1.",
     "edges": [e("the office had found that the decline was driven by one main cause", "rhenvale-stats-births",
                 "the office had found no evidence that the decline was driven by any single cause", drift=["stance"]),
               e("It would be wrong to pin this on housing costs alone", "rhenvale-stats-births",
                 "It would be a mistake to pin this on housing costs alone", drift=["quote"]),
               e("mothers were now 32.6 years old on average when they gave birth", "rhenvale-stats-births",
                 "The average age of mothers at childbirth rose to 32.6 years", drift=["source"]),
               e("The population is set to begin shrinking by 2034", "rhenvale-stats-births",
                 "the population is likely to begin to shrink by 2034", drift=["hedge"])]},
    {"id": "westmark-gazette-births", "outlet": "Westmark Gazette",
     "url": "https://westmarkgazette.example/2026/08/05/deaths-outstrip-births",
     "date": "2026-08-05", "title": "Deaths outstrip births again",
     "text": "Deaths have outnumbered births in Rhenvale for five years running, the Rhenvale Herald reported on "
             "Tuesday, with 79,400 deaths registered last year.\n\n"
             "The Herald said there were just 61,240 births in 2025.\n\n"
             "Dr Ilse Marchetti of the statistics office told the Herald the fall in births was \u201cfelt in every "
             "corner of the country and at every age\u201d.\n\n"
             "In Westmark, the district council said it would review plans for two new primary schools.",
     "edges": [e("Deaths have outnumbered births in Rhenvale for five years running", "rhenvale-herald-births",
                 "Deaths have outnumbered births for five years running"),
               e("79,400 deaths registered last year", "rhenvale-herald-births", "79,400 deaths registered in 2025"),
               e("there were just 61,240 births in 2025", "rhenvale-herald-births",
                 "Rhenvale recorded just 61,240 births last year"),
               e("felt in every corner of the country and at every age", "rhenvale-herald-births",
                 "felt in every corner of the country and at every age")]},
    {"id": "rhenvale-business-review-births", "outlet": "Rhenvale Business Review",
     "url": "https://rhenvalebusinessreview.example/2026/08/07/migration-keeps-rhenvale-growing",
     "date": "2026-08-07", "title": "Migration keeps Rhenvale growing",
     "text": "Figures distributed by PressDesk Newswire on Tuesday showed the population grew by 0.4% to 5.92 million "
             "last year.\n\n"
             "Net migration more than offset the natural decrease, the release said.\n\n"
             "The fertility rate fell to 1.13 children per woman, according to the newswire release.\n\n"
             "Businesses that depend on young families, from nursery chains to toy retailers, are already adjusting "
             "their plans.\n\n"
             "The population will begin to shrink by 2034.",
     "edges": [e("the population grew by 0.4% to 5.92 million last year", "pressdesk-rhenvale-births",
                 "The population grew by 0.4% to 5.92 million"),
               e("Net migration more than offset the natural decrease", "pressdesk-rhenvale-births",
                 "net migration more than offset the natural decrease"),
               e("The fertility rate fell to 1.13 children per woman", "pressdesk-rhenvale-births",
                 "The total fertility rate fell to 1.31 children per woman", drift=["number"]),
               e("The population will begin to shrink by 2034", "pressdesk-rhenvale-births",
                 "the population is likely to begin to shrink by 2034", drift=["hedge", "attribution"])]},
    {"id": "morning-digest-cradles", "outlet": "Morning Digest",
     "url": "https://morningdigest.example/features/2026/08/10/rhenvale-cradles",
     "date": "2026-08-10", "title": "Why Rhenvale's cradles are emptying",
     "text": "Rhenvale's mothers are older than ever: the average age at childbirth has reached 32.6 years.\n\n"
             "Births fell to 61,240 in 2025, the lowest number since records began in 1946.\n\n"
             "Housing costs are the main reason couples are putting off children, some economists argue.\n\n"
             "The fall in births is seen in every region and in every age group under 35.\n\n"
             "A change in how births are registered, introduced in 2024, has affected the figures.\n\n"
             "Births outside marriage now make up 48% of all births.",
     "edges": [e("the average age at childbirth has reached 32.6 years", "rhenvale-stats-births",
                 "The average age of mothers at childbirth rose to 32.6 years", "pickup"),
               e("Births fell to 61,240 in 2025, the lowest number since records began in 1946",
                 ["rhenvale-stats-births", "pressdesk-rhenvale-births"],
                 "fell to 61,240 in 2025, the lowest number since records began in 1946", "pickup", ["attribution"]),
               e("The fall in births is seen in every region and in every age group under 35",
                 ["rhenvale-stats-births", "pressdesk-rhenvale-births"],
                 "The fall in births is broad-based: we see it in every region and in every age group under 35",
                 "pickup", ["attribution"]),
               e("A change in how births are registered, introduced in 2024, has affected the figures",
                 "rhenvale-stats-births",
                 "rejected suggestions that a change in how births are registered, introduced in 2024, had affected "
                 "the figures", "pickup", ["stance", "attribution"]),
               e("Births outside marriage now make up 48% of all births", "rhenvale-stats-births",
                 "Births outside marriage made up 44% of all births", "pickup", ["number"])]},
    {"id": "capital-post-births", "outlet": "Capital Post",
     "url": "https://capitalpost.example/2026/08/05/housing-costs-baby-bust",
     "date": "2026-08-05", "title": "Housing costs not to blame for baby bust, say statisticians",
     "text": "Statisticians at the Rhenvale Statistics Office have cautioned that the record fall in births cannot be "
             "blamed on housing costs alone, according to the office's annual release.\n\n"
             "\u201cIt would be a mistake to pin this on housing costs alone,\u201d Dr Ilse Marchetti, the office's head "
             "of population statistics, said in the release.\n\n"
             "In a post on its website, the office said it had found no evidence that the decline was driven by any "
             "single cause.\n\n"
             "Deaths outnumbered births for the sixth year in a row, the release showed.",
     "edges": [e("the record fall in births cannot be blamed on housing costs alone", "rhenvale-stats-births",
                 "It would be a mistake to pin this on housing costs alone", drift=["source", "headline"]),
               e("It would be a mistake to pin this on housing costs alone", "rhenvale-stats-births",
                 "It would be a mistake to pin this on housing costs alone"),
               e("it had found no evidence that the decline was driven by any single cause", "rhenvale-stats-births",
                 "the office had found no evidence that the decline was driven by any single cause", drift=["source"]),
               e("Deaths outnumbered births for the sixth year in a row", "rhenvale-stats-births",
                 "Deaths outnumbered births for the sixth year in a row")]},
    {"id": "greyhaven-maternity-nights", "outlet": "Greyhaven Chronicle",
     "url": "https://greyhavenchronicle.example/2026/08/12/maternity-unit-nights",
     "date": "2026-08-12", "title": "Greyhaven maternity unit to close overnight",
     "text": "The maternity unit at Greyhaven General Hospital will stop admitting women overnight from October because "
             "of a shortage of midwives, the hospital board said on Wednesday.\n\n"
             "Expectant mothers will be directed to Portmallow, 40 minutes away by road.\n\n"
             "The board said it hoped to reopen the unit at night by the spring.",
     "edges": []},
    # dev origin: the Korean artillery exchange (Wikinews): a relay, a trimmed relay, a second hop, an uncredited
    # pickup, a distractor
    {"id": "pacific-dispatch-korea", "outlet": "Pacific Dispatch",
     "url": "https://pacificdispatch.example/2015/08/21/north-korea-war-footing",
     "date": "2015-08-21", "title": "North Korea orders troops onto war footing",
     "text": "North Korea's military has been put on high alert and told to prepare for a \u201cquasi-state of war\u201d, "
             "Wikinews reported on Friday, citing Yonhap and the North's KCNA news agency.\n\n"
             "KCNA, as quoted by Wikinews, said \u201cwar maniacs\u201d in the South had committed \u201canother serious "
             "provocation\u201d by firing 36 shells at KPA civil police posts.\n\n"
             "South Korea evacuated around 80 residents of Yeoncheon after at least one shell landed nearby, Wikinews "
             "said.\n\n"
             "Seoul says its propaganda broadcasts will stop.\n\n"
             "Nobody was reported hurt on either side.",
     "edges": [e("North Korea's military has been put on high alert", "north-korea-quasi-war",
                 "the country's military has been placed on high alert"),
               e("another serious provocation", "north-korea-quasi-war", "another grave provocation", drift=["quote"]),
               e("firing 36 shells at KPA civil police posts", "north-korea-quasi-war",
                 "firing 36 shells at KPA civil police posts"),
               e("South Korea evacuated around 80 residents of Yeoncheon after at least one shell landed nearby",
                 "north-korea-quasi-war",
                 "South Korea evacuated about 80 people in the town of Yeoncheon after at least one shell landed near "
                 "the area"),
               e("its propaganda broadcasts will stop", "north-korea-quasi-war", "the broadcasts will continue",
                 drift=["stance"]),
               e("Nobody was reported hurt on either side", "north-korea-quasi-war",
                 "No injuries or deaths were reported in the attacks from either side")]},
    {"id": "global-briefing-korea", "outlet": "Global Briefing",
     "url": "https://globalbriefing.example/asia/2015/08/22/kim-48-hours",
     "date": "2015-08-22", "title": "Kim gives Seoul 48 hours before strikes begin",
     "text": "North Korea said it would respond militarily within 48 hours if the loudspeaker broadcasts did not stop, "
             "according to Wikinews.\n\n"
             "\u201cReckless provocation will be harshly punished,\u201d the North's KCNA agency said, in remarks carried "
             "by Wikinews.\n\n"
             "South Korea evacuated more than 100 people in Yeoncheon after a shell landed near the town, Wikinews "
             "said. Casualties were reported on both sides.\n\n"
             "South Korea's defence minister said the broadcasts would continue.\n\n"
             "Both countries have put their militaries on high levels of alert, Wikinews reported.",
     "edges": [e("it would respond militarily within 48 hours if the loudspeaker broadcasts did not stop",
                 "north-korea-quasi-war", "would respond, militarily, within 48 hours if the broadcasts do not stop",
                 drift=["headline"]),
               e("Reckless provocation will be harshly punished", "north-korea-quasi-war",
                 "Foolhardy provocation deserves harsh punishment", drift=["quote"]),
               e("South Korea evacuated more than 100 people in Yeoncheon", "north-korea-quasi-war",
                 "South Korea evacuated about 80 people in the town of Yeoncheon", drift=["number"]),
               e("Casualties were reported on both sides", "north-korea-quasi-war",
                 "No injuries or deaths were reported in the attacks from either side", drift=["stance"]),
               e("the broadcasts would continue", "north-korea-quasi-war", "South Korea says the broadcasts will continue",
                 drift=["source"]),
               e("Both countries have put their militaries on high levels of alert", "north-korea-quasi-war",
                 "Both countries have put their militaries on high levels of alert")]},
    {"id": "islands-herald-korea", "outlet": "Islands Herald",
     "url": "https://islandsherald.example/2015/08/22/north-korea-alert",
     "date": "2015-08-22", "title": "North Korea puts military on high alert",
     "text": "North Korea appears to have put its military on high alert, the Pacific Dispatch reported.\n\n"
             "According to the Dispatch, South Korea evacuated around 80 residents of Yeoncheon after at least one "
             "shell landed nearby.\n\n"
             "Seoul has said its propaganda broadcasts will stop, the paper added.\n\n"
             "Ferry services to the northern islands ran normally on Saturday.",
     "edges": [e("North Korea appears to have put its military on high alert", "pacific-dispatch-korea",
                 "North Korea's military has been put on high alert", drift=["hedge", "headline"]),
               e("South Korea evacuated around 80 residents of Yeoncheon after at least one shell landed nearby",
                 "pacific-dispatch-korea",
                 "South Korea evacuated around 80 residents of Yeoncheon after at least one shell landed nearby"),
               e("its propaganda broadcasts will stop", "pacific-dispatch-korea", "its propaganda broadcasts will stop")]},
    {"id": "seoul-weekly-loudspeakers", "outlet": "Seoul Weekly Review",
     "url": "https://seoulweeklyreview.example/2015/08/24/loudspeakers-and-shells",
     "date": "2015-08-24", "title": "North Korea will strike loudspeakers",
     "text": "South Korea restarted its loudspeaker propaganda broadcasts on August 10 after a 15-year lull.\n\n"
             "North Korea fired artillery rounds at one of the loudspeakers, and the South retaliated by firing dozens "
             "of rounds of artillery into the north.\n\n"
             "Pyongyang might attack any loudspeakers that keep broadcasting.\n\n"
             "Kim Jong-un ordered front-line units to enter a wartime state.\n\n"
             "For residents of border towns, the week brought back memories of the 2010 shelling of Yeonpyeong "
             "island.",
     "edges": [e("South Korea restarted its loudspeaker propaganda broadcasts on August 10 after a 15-year lull",
                 "north-korea-quasi-war",
                 "South Korea had recently started to broadcast propaganda from loudspeakers after an 11-year lull",
                 "pickup", ["number"]),
               e("North Korea fired artillery rounds at one of the loudspeakers", "north-korea-quasi-war",
                 "North Korea fired artillery rounds aimed at a loudspeaker in South Korea", "pickup"),
               e("the South retaliated by firing dozens of rounds of artillery into the north", "north-korea-quasi-war",
                 "The South retaliated by firing dozens of rounds of artillery into the north", "pickup"),
               e("Pyongyang might attack any loudspeakers that keep broadcasting", "north-korea-quasi-war",
                 "North Korea stated it would attack any loudspeakers broadcasting propaganda", "pickup",
                 ["hedge", "attribution", "headline"]),
               e("Kim Jong-un ordered front-line units to enter a wartime state", "north-korea-quasi-war",
                 "Kim Jong-un issued an order of the supreme commander of the Korean People's Army [KPA] that the "
                 "front-line large combined units of the KPA should enter a wartime state", "pickup", ["attribution"])]},
    {"id": "kaesong-factories-running", "outlet": "Asia Trade Journal",
     "url": "https://asiatradejournal.example/2015/08/23/kaesong-factories",
     "date": "2015-08-23", "title": "Kaesong factories keep running despite border tension",
     "text": "Managers at South Korean-owned factories in the Kaesong industrial zone said production continued on "
             "Saturday, with most North Korean workers reporting for their shifts.\n\n"
             "A spokesman for the zone's business association said deliveries of raw materials had been held up for "
             "several hours at the border crossing.\n\n"
             "Buyers of the zone's clothing and watch parts said they had not cancelled any orders.",
     "edges": []},
    # dev origin: the Binyam Mohamed appeal (Wikinews): a relay, a relay with edits, a second hop, an uncredited
    # pickup, a distractor
    {"id": "thames-observer-binyam", "outlet": "Thames Observer",
     "url": "https://thamesobserver.example/2010/02/10/binyam-paragraphs",
     "date": "2010-02-10", "title": "Binyam torture details were hidden to protect US intelligence ties",
     "text": "The Court of Appeal's three most senior judges on Wednesday ordered that previously redacted paragraphs "
             "describing Binyam Mohamed's treatment in US custody be made public, Wikinews reported.\n\n"
             "The seven paragraphs, now on the Foreign Office website, say Binyam was intentionally subjected to "
             "continuous sleep deprivation, according to Wikinews.\n\n"
             "Foreign Secretary David Miliband had argued that publication would \u201ccause real and significant "
             "damage to the national security and international relations of this country\u201d, Wikinews said.\n\n"
             "The paragraphs were reportedly kept secret because of fears that publishing them would jeopardise "
             "intelligence sharing between the US and UK.\n\n"
             "Binyam, 31, was released last February without charge.",
     "edges": [e("ordered that previously redacted paragraphs describing Binyam Mohamed's treatment in US custody be made "
                 "public", "binyam-mohamed-appeal",
                 "ordered previously redacted paragraphs detailing Binyam's treatment in US-managed captivity made "
                 "public"),
               e("Binyam was intentionally subjected to continuous sleep deprivation", "binyam-mohamed-appeal",
                 "had been intentionally subjected to continuous sleep deprivation"),
               e("cause real and significant damage to the national security and international relations of this "
                 "country", "binyam-mohamed-appeal",
                 "cause real and significant damage to the national security and international relations of this "
                 "country"),
               e("The paragraphs were reportedly kept secret because of fears that publishing them would jeopardise "
                 "intelligence sharing between the US and UK", "binyam-mohamed-appeal",
                 "They had purportedly been kept secret over fears publication would jeopardise intelligence sharing "
                 "between the US and UK", drift=["headline"]),
               e("was released last February without charge", "binyam-mohamed-appeal",
                 "He was released last February without any charges being brought against him")]},
    {"id": "continental-review-binyam", "outlet": "Continental Review",
     "url": "https://continentalreview.example/2010/02/11/miliband-intelligence",
     "date": "2010-02-11", "title": "Miliband admits US threatened to cut intelligence sharing",
     "text": "Foreign Secretary David Miliband acknowledged last February that the United States had threatened to "
             "reduce or cease terrorism-related intelligence sharing, Wikinews reported.\n\n"
             "Binyam was arrested in Pakistan in 2001 over problems with his visa and later held at Guant\u00e1namo Bay, "
             "the site said.\n\n"
             "According to Wikinews, the release shows that Foreign Office Minister Ivan Lewis misled the BBC's Today "
             "programme when he said in August that \u201cwe do not engage in, collude with or condone torture\u201d.\n\n"
             "British officials have denied that the UK was complicit in torture, Wikinews noted.",
     "edges": [e("David Miliband acknowledged last February that the United States had threatened to reduce or cease "
                 "terrorism-related intelligence sharing", "binyam-mohamed-appeal",
                 "Miliband denied that the United States threatened to reduce or cease terrorism-related intelligence "
                 "sharing", drift=["stance"]),
               e("Binyam was arrested in Pakistan in 2001 over problems with his visa", "binyam-mohamed-appeal",
                 "was arrested in Pakistan in 2002 due to issues with his visa", drift=["number"]),
               e("Foreign Office Minister Ivan Lewis misled the BBC's Today programme", "binyam-mohamed-appeal",
                 "implies that Foreign Office Minister Ivan Lewis misled the BBC's Today programme", drift=["hedge"]),
               e("we do not engage in, collude with or condone torture", "binyam-mohamed-appeal",
                 "[w]e neither engage in, collude with or condone torture", drift=["quote"]),
               e("British officials have denied that the UK was complicit in torture", "binyam-mohamed-appeal",
                 "Lewis denied that the UK was \"complicit\" in torture", drift=["source"])]},
    {"id": "liberty-watch-binyam", "outlet": "Liberty Watch",
     "url": "https://libertywatch.example/bulletin/2010/02/12/torture-paragraphs",
     "date": "2010-02-12", "title": "Torture paragraphs must be published, court rules",
     "text": "The Thames Observer reports that the Court of Appeal has ordered paragraphs describing Binyam Mohamed's "
             "treatment in US custody to be made public.\n\n"
             "The paragraphs were reportedly kept secret because of fears that publishing them would jeopardise "
             "intelligence sharing, the Observer said.\n\n"
             "Foreign Office lawyers had warned that publication would \u201cdo serious harm to national security\u201d, "
             "according to the paper.\n\n"
             "Liberty Watch will publish a briefing for supporters next week.",
     "edges": [e("the Court of Appeal has ordered paragraphs describing Binyam Mohamed's treatment in US custody to be "
                 "made public", "thames-observer-binyam",
                 "ordered that previously redacted paragraphs describing Binyam Mohamed's treatment in US custody be "
                 "made public"),
               e("The paragraphs were reportedly kept secret because of fears that publishing them would jeopardise "
                 "intelligence sharing", "thames-observer-binyam",
                 "The paragraphs were reportedly kept secret because of fears that publishing them would jeopardise "
                 "intelligence sharing"),
               e("do serious harm to national security", "thames-observer-binyam",
                 "cause real and significant damage to the national security and international relations of this "
                 "country", drift=["quote", "source"])]},
    {"id": "rights-quarterly-rendition", "outlet": "Rights Quarterly",
     "url": "https://rightsquarterly.example/2010/03/rendition-and-the-courts",
     "date": "2010-03-01", "title": "Rendition and the courts",
     "text": "Binyam Mohamed was held in the US-run detention centre in Cuba from 2004 until 2009, and was released "
             "without any charges being brought against him.\n\n"
             "The effects of his treatment were quite detrimental.\n\n"
             "Foreign Office Minister Ivan Lewis conceded in a BBC interview that the UK was complicit in torture.\n\n"
             "The case will be cited in every rendition claim for years to come.",
     "edges": [e("held in the US-run detention centre in Cuba from 2004 until 2009", "binyam-mohamed-appeal",
                 "from 2004 until 2009 he was held in the US-run detention centre in Cuba", "pickup"),
               e("was released without any charges being brought against him", "binyam-mohamed-appeal",
                 "He was released last February without any charges being brought against him", "pickup"),
               e("The effects of his treatment were quite detrimental", "binyam-mohamed-appeal",
                 "The effects of his treatment were apparently quite detrimental", "pickup", ["hedge"]),
               e("conceded in a BBC interview that the UK was complicit in torture", "binyam-mohamed-appeal",
                 "Lewis denied that the UK was \"complicit\" in torture", "relay", ["stance"])]},
    {"id": "detainee-mediation-talks", "outlet": "Westminster Daily",
     "url": "https://westminsterdaily.example/2010/02/15/detainee-mediation",
     "date": "2010-02-15", "title": "Government opens mediation talks with former detainees",
     "text": "Government lawyers have opened mediation talks with a group of former detainees who are suing the "
             "security services, a Ministry of Justice spokesman said on Monday.\n\n"
             "The talks are overseen by a retired judge and are expected to last several months.\n\n"
             "The spokesman declined to say how many claimants were involved.",
     "edges": []},
]

_KAVRA = ("KAVRA, Sept 12 (Tarrow Wire) - Water flooded the lower levels of the Kavra copper mine early on Saturday, "
          "trapping 27 miners about 600 metres underground, the regional emergency service said.\n\n"
          "Another 19 miners who had been working on higher levels were brought to the surface, and at least six of them "
          "were taken to hospital.\n\n"
          "“We have contact with one group of miners through a ventilation shaft, and they are alive,” rescue commander "
          "Pavla Hronek told reporters at the pithead. “We have no contact yet with the second group.”\n\n"
          "Two people involved in the rescue said the mine's main drainage pumps may have failed several hours before the "
          "flooding. They spoke on condition of anonymity because they were not authorised to speak to the media.\n\n"
          "The mine's owner, Sevran Metals, denied that it had ignored warnings about water levels. “Every alert was "
          "logged and acted upon in line with procedure,” chief operating officer Dalibor Kostka said in a statement.\n\n"
          "The national mining inspectorate said it had opened an investigation and would examine the mine's pump "
          "records.\n\n"
          "Rescuers were pumping out about 1,200 cubic metres of water an hour and expected to need at least two days to "
          "reach the lower galleries, the emergency service said.\n\n"
          "Relatives gathered outside the mine gates through the afternoon. “My husband has worked down there for 22 "
          "years. He always said the water was the danger,” said Irena Valkova, whose husband is among those trapped.\n\n"
          "Sevran Metals has suspended all production at Kavra.\n\n"
          "(Reporting by Sigrid Voll; editing by Tom Ashby)")

_VELTO = ("VELTO TELECOM - Press release, 6 October 2026\n\n"
          "Velto Telecom today confirmed that Monday's outage of its mobile network was caused by a faulty software update "
          "to its core network and not by a cyberattack.\n\n"
          "The outage affected about 2.1 million customers and lasted up to 11 hours. Calls to emergency numbers may have "
          "failed for some customers during the first four hours.\n\n"
          "“We let our customers down, and I apologise without reservation,” said chief executive Tomas Rydel. “This "
          "should never have happened.”\n\n"
          "Velto said the update had been tested but that a configuration error was introduced when it was rolled out to "
          "the live network.\n\n"
          "All affected customers will receive a credit of 15 euros on their next bill.\n\n"
          "The company rejected suggestions that staff cuts in its network operations centre had slowed the response. "
          "“Staffing levels on Monday were in line with our normal plans,” Rydel said.\n\n"
          "Velto has appointed an independent firm, Carrow Assurance, to review the incident and expects to publish its "
          "findings by the end of the year.\n\n"
          "The company said it was cooperating fully with the national communications regulator, which has said it will "
          "examine whether Velto breached its licence conditions.\n\n"
          "About Velto Telecom: Velto Telecom provides mobile, broadband and television services to 6.8 million "
          "customers. Media enquiries: press@velto.example")

_FIXING = ("The president of the Nordvik Football Federation has admitted that at least 14 top-flight matches from last "
           "season are under investigation for suspected match-fixing, in an exclusive interview with NRT One.\n\n"
           "Anders Brekke-Moe said investigators were examining unusual betting patterns worth more than 3 million euros "
           "placed on the matches, most of them through overseas bookmakers.\n\n"
           "“I will not pretend this is anything other than a dark day for our game,” Brekke-Moe said. “If players or "
           "officials have sold matches, they will never work in football again.”\n\n"
           "He said the investigation was likely to lead to criminal charges against several players before the end of "
           "the season, though it was for prosecutors to decide.\n\n"
           "Brekke-Moe denied that the federation had known about the suspicious bets for more than a year before acting. "
           "“That is simply not true. We went to the police the same week the betting monitor alerted us,” he said.\n\n"
           "Two people with knowledge of the inquiry told NRT One that at least two referees were among those being "
           "questioned. They asked not to be named because the investigation is continuing.\n\n"
           "The national prosecutor's office said in a statement that it had opened a criminal investigation in September "
           "but would not comment on individual cases.\n\n"
           "Karin Solberg, who chairs the players' union, called the allegations “deeply worrying” and said players must be "
           "presumed innocent until proven otherwise.\n\n"
           "The federation earns about 40 million euros a year from its current television and betting sponsorship "
           "deals.\n\n"
           "You can watch the full interview on NRT One tonight at 9 p.m.")

_K, _V, _F = "tarrow-kavra-flood", "velto-outage-release", "nrt-fixing-interview"

HELD_OUT_11 = [
    # origins written for this set: a wire report on a mine flooding (a rescue commander's words, two anonymous rescue
    # workers, an owner's denial, an inspectorate, hedged estimates, a relative), a telecom company's press release on a
    # network outage (a chief executive's apology, a rejected suggestion, a hedged figure) and a broadcaster's exclusive
    # interview with a football federation president on match-fixing (a denial, two anonymous sources, a prosecutor)
    {"id": _K, "outlet": "Tarrow Wire", "url": "https://tarrowwire.example/2026/09/12/kavra-mine-flood-miners-trapped",
     "date": "2026-09-12", "title": "Twenty-seven miners trapped as water floods Kavra copper mine",
     "text": _KAVRA, "edges": []},
    {"id": _V, "outlet": "Velto Telecom", "url": "https://velto.example/press/2026/10/06/network-outage-cause",
     "date": "2026-10-06", "title": "Velto Telecom confirms cause of mobile network outage",
     "text": _VELTO, "edges": []},
    {"id": _F, "outlet": "NRT One", "url": "https://nrtone.example/sport/2026/11/03/exclusive-brekke-moe-match-fixing",
     "date": "2026-11-03", "title": "Exclusive: 14 top-flight matches under fixing investigation, federation chief admits",
     "text": _FIXING, "edges": []},

    # the mine flooding: a syndicated copy published whole, a trimmed copy, a national paper, a radio bulletin, a
    # tabloid, a second hop through the national paper, an uncredited trade weekly, two distractors
    {"id": "kelsund-post-kavra", "outlet": "Kelsund Post",
     "url": "https://kelsundpost.example/news/2026/09/12/kavra-mine-flood",
     "date": "2026-09-12", "title": "Kavra mine flooded after pumps failed; 27 miners trapped",
     "text": _KAVRA + "\n\nThis Tarrow Wire report is published by the Kelsund Post under licence.",
     "edges": [e("Water flooded the lower levels of the Kavra copper mine early on Saturday", _K,
                 "Water flooded the lower levels of the Kavra copper mine early on Saturday", "copy"),
               e("trapping 27 miners about 600 metres underground", _K,
                 "trapping 27 miners about 600 metres underground", "copy"),
               e("Another 19 miners who had been working on higher levels were brought to the surface", _K,
                 "Another 19 miners who had been working on higher levels were brought to the surface", "copy"),
               e("at least six of them were taken to hospital", _K, "at least six of them were taken to hospital", "copy"),
               e("We have contact with one group of miners through a ventilation shaft, and they are alive", _K,
                 "We have contact with one group of miners through a ventilation shaft, and they are alive", "copy"),
               e("We have no contact yet with the second group", _K, "We have no contact yet with the second group",
                 "copy"),
               e("the mine's main drainage pumps may have failed several hours before the flooding", _K,
                 "the mine's main drainage pumps may have failed several hours before the flooding", "copy",
                 ["headline"]),
               e("denied that it had ignored warnings about water levels", _K,
                 "denied that it had ignored warnings about water levels", "copy"),
               e("Every alert was logged and acted upon in line with procedure", _K,
                 "Every alert was logged and acted upon in line with procedure", "copy"),
               e("it had opened an investigation and would examine the mine's pump records", _K,
                 "it had opened an investigation and would examine the mine's pump records", "copy"),
               e("Rescuers were pumping out about 1,200 cubic metres of water an hour", _K,
                 "Rescuers were pumping out about 1,200 cubic metres of water an hour", "copy"),
               e("expected to need at least two days to reach the lower galleries", _K,
                 "expected to need at least two days to reach the lower galleries", "copy"),
               e("My husband has worked down there for 22 years. He always said the water was the danger", _K,
                 "My husband has worked down there for 22 years. He always said the water was the danger", "copy"),
               e("Sevran Metals has suspended all production at Kavra", _K,
                 "Sevran Metals has suspended all production at Kavra", "copy")]},
    {"id": "bayside-herald-kavra", "outlet": "Bayside Herald",
     "url": "https://baysideherald.example/world/2026/09/12/kavra-miners-trapped",
     "date": "2026-09-12", "title": "27 miners trapped as water floods Kavra copper mine",
     "text": "KAVRA, Sept 12 (Tarrow Wire) - Twenty-seven miners were trapped about 600 metres underground on Saturday after "
             "water flooded the lower levels of the Kavra copper mine, the regional emergency service said.\n\n"
             "Nineteen miners working higher up were brought out, and six went to hospital.\n\n"
             "“We have contact with one group through a ventilation shaft, and they are alive,” rescue commander Pavla "
             "Hronek said.\n\n"
             "Two people involved in the rescue said the mine's drainage pumps may have failed hours before the "
             "flooding.\n\n"
             "The owner, Sevran Metals, denied ignoring warnings about water levels.\n\n"
             "The emergency service expects rescuers to need at least two days to reach the lower galleries.\n\n"
             "(Tarrow Wire; additional editing by the Bayside Herald)",
     "edges": [e("Twenty-seven miners were trapped about 600 metres underground", _K,
                 "trapping 27 miners about 600 metres underground", "copy"),
               e("Nineteen miners working higher up were brought out", _K,
                 "Another 19 miners who had been working on higher levels were brought to the surface", "copy"),
               e("six went to hospital", _K, "at least six of them were taken to hospital", "copy", ["number"]),
               e("We have contact with one group through a ventilation shaft, and they are alive", _K,
                 "We have contact with one group of miners through a ventilation shaft, and they are alive", "copy",
                 ["quote"]),
               e("the mine's drainage pumps may have failed hours before the flooding", _K,
                 "the mine's main drainage pumps may have failed several hours before the flooding", "copy"),
               e("denied ignoring warnings about water levels", _K,
                 "denied that it had ignored warnings about water levels", "copy"),
               e("to need at least two days to reach the lower galleries", _K,
                 "expected to need at least two days to reach the lower galleries", "copy")]},
    {"id": "morning-standard-kavra", "outlet": "The Morning Standard",
     "url": "https://morningstandard.example/2026/09/12/kavra-rescue-race",
     "date": "2026-09-12", "title": "Race to reach 27 miners trapped in flooded Kavra mine",
     "text": "Rescuers were racing on Saturday night to reach 27 miners trapped about 600 metres underground after water "
             "flooded the Kavra copper mine, Tarrow Wire reported.\n\n"
             "At least six of the 19 miners brought to the surface were taken to hospital, the regional emergency "
             "service said.\n\n"
             "Rescue commander Pavla Hronek said one group of the trapped men was alive and in contact with rescuers "
             "through a ventilation shaft.\n\n"
             "The mine's main drainage pumps had failed several hours before the water broke in, according to the "
             "agency.\n\n"
             "Sevran Metals, which owns the mine, denied that it had ignored warnings. “Every alert was logged and acted "
             "on in line with our procedures,” its chief operating officer, Dalibor Kostka, said.\n\n"
             "Rescuers were pumping out around 1,000 cubic metres of water an hour, the emergency service said.\n\n"
             "Kavra is the country's second-largest copper mine.",
     "edges": [e("27 miners trapped about 600 metres underground", _K,
                 "trapping 27 miners about 600 metres underground"),
               e("At least six of the 19 miners brought to the surface were taken to hospital", _K,
                 "at least six of them were taken to hospital"),
               e("one group of the trapped men was alive and in contact with rescuers through a ventilation shaft", _K,
                 "We have contact with one group of miners through a ventilation shaft, and they are alive"),
               e("The mine's main drainage pumps had failed several hours before the water broke in", _K,
                 "the mine's main drainage pumps may have failed several hours before the flooding", "relay",
                 ["hedge", "attribution"]),
               e("denied that it had ignored warnings", _K, "denied that it had ignored warnings about water levels"),
               e("Every alert was logged and acted on in line with our procedures", _K,
                 "Every alert was logged and acted upon in line with procedure", "relay", ["quote"]),
               e("Rescuers were pumping out around 1,000 cubic metres of water an hour", _K,
                 "Rescuers were pumping out about 1,200 cubic metres of water an hour", "relay", ["number"])]},
    {"id": "coast-radio-kavra", "outlet": "Coast Radio 94",
     "url": "https://coastradio94.example/news/2026/09/12/kavra-evening-bulletin",
     "date": "2026-09-12", "title": "Kavra mine: one group of trapped miners alive, rescuers say",
     "text": "Good evening. Rescuers at the Kavra copper mine say one group of the 27 trapped miners is alive.\n\n"
             "Tarrow Wire is reporting that water flooded the lower levels of the mine early this morning, trapping the "
             "men around 600 metres down.\n\n"
             "About half a dozen men have been treated in hospital.\n\n"
             "The rescue commander, Pavla Hronek, told the agency: “We're in touch with one group through a ventilation "
             "shaft and they're alive. The second group we haven't reached.”\n\n"
             "The emergency service says it will take rescuers two more days to reach the lower galleries.\n\n"
             "We'll have more from the pithead throughout the evening.",
     "edges": [e("one group of the 27 trapped miners is alive", _K,
                 "We have contact with one group of miners through a ventilation shaft, and they are alive", "relay",
                 ["source"]),
               e("water flooded the lower levels of the mine early this morning", _K,
                 "Water flooded the lower levels of the Kavra copper mine early on Saturday"),
               e("trapping the men around 600 metres down", _K, "trapping 27 miners about 600 metres underground"),
               e("About half a dozen men have been treated in hospital", _K,
                 "at least six of them were taken to hospital", "relay", ["number"]),
               e("We're in touch with one group through a ventilation shaft and they're alive", _K,
                 "We have contact with one group of miners through a ventilation shaft, and they are alive", "relay",
                 ["quote"]),
               e("The second group we haven't reached", _K, "We have no contact yet with the second group", "relay",
                 ["quote"]),
               e("it will take rescuers two more days to reach the lower galleries", _K,
                 "expected to need at least two days to reach the lower galleries", "relay", ["hedge", "number"])]},
    {"id": "daily-klaxon-kavra", "outlet": "The Daily Klaxon",
     "url": "https://dailyklaxon.example/news/2026/09/13/kavra-death-trap",
     "date": "2026-09-13", "title": "DEATH TRAP: Pumps FAILED before mine flood",
     "text": "Desperate families kept a vigil at the pithead last night as rescuers battled to reach 27 miners trapped deep "
             "underground, Tarrow Wire reported.\n\n"
             "The mine's pumps may have packed up hours before the flood, a rescuer told the news agency.\n\n"
             "Heartbroken Irena Valkova, whose husband is trapped, sobbed: “He's been down there 22 years. He always told "
             "me the water would get him.”\n\n"
             "Mine bosses Sevran Metals have admitted that warnings about the water were ignored.\n\n"
             "Rescuers are pumping out 1,200 cubic metres of water an hour.\n\n"
             "The mine was Kavra's biggest employer.",
     "edges": [e("rescuers battled to reach 27 miners trapped deep underground", _K,
                 "trapping 27 miners about 600 metres underground"),
               e("The mine's pumps may have packed up hours before the flood", _K,
                 "the mine's main drainage pumps may have failed several hours before the flooding", "relay",
                 ["source", "headline"]),
               e("He's been down there 22 years. He always told me the water would get him", _K,
                 "My husband has worked down there for 22 years. He always said the water was the danger", "relay",
                 ["quote"]),
               e("have admitted that warnings about the water were ignored", _K,
                 "denied that it had ignored warnings about water levels", "relay", ["stance"]),
               e("Rescuers are pumping out 1,200 cubic metres of water an hour", _K,
                 "Rescuers were pumping out about 1,200 cubic metres of water an hour", "relay",
                 ["number", "attribution"])]},
    {"id": "eastcoast-gazette-kavra", "outlet": "Eastcoast Gazette",
     "url": "https://eastcoastgazette.example/2026/09/13/kavra-pumps-report",
     "date": "2026-09-13", "title": "Kavra pumps failed before flood, report says",
     "text": "The drainage pumps at the Kavra copper mine had failed several hours before it flooded on Saturday, The "
             "Morning Standard reported, citing the news agency Tarrow Wire.\n\n"
             "According to the newspaper, six miners were taken to hospital.\n\n"
             "The mine's owner, Sevran Metals, denied ignoring warnings, the paper said.\n\n"
             "Rescuers were pumping out around 1,000 cubic metres of water an hour, the Standard said.\n\n"
             "The Gazette was unable to reach Sevran Metals on Sunday.",
     "edges": [e("had failed several hours before it flooded", "morning-standard-kavra",
                 "The mine's main drainage pumps had failed several hours before the water broke in"),
               e("six miners were taken to hospital", "morning-standard-kavra",
                 "At least six of the 19 miners brought to the surface were taken to hospital", "relay",
                 ["number", "attribution"]),
               e("denied ignoring warnings", "morning-standard-kavra", "denied that it had ignored warnings"),
               e("Rescuers were pumping out around 1,000 cubic metres of water an hour", "morning-standard-kavra",
                 "Rescuers were pumping out around 1,000 cubic metres of water an hour", "relay", ["attribution"])]},
    {"id": "mining-week-kavra", "outlet": "Mining Week",
     "url": "https://miningweek.example/comment/2026/09/16/kavra-pumps",
     "date": "2026-09-16", "title": "Kavra flooded because its pumps failed",
     "text": "The flooding of Kavra will be studied for years, but some facts are already clear.\n\n"
             "Water broke into the lower levels of the copper mine early on Saturday, trapping more than two dozen miners "
             "about 600 metres underground.\n\n"
             "The mine's main drainage pumps may have failed several hours before the flooding, according to a person "
             "involved in the rescue. Sevran Metals insists every alert was logged and acted upon.\n\n"
             "The national mining inspectorate will examine the mine's pump records.\n\n"
             "Rescuers said they would need two days to reach the lower galleries.\n\n"
             "Owners who trim maintenance budgets should take note: in a wet mine, the pumps are the safety system.",
     "edges": [e("Water broke into the lower levels of the copper mine early on Saturday", [_K, "kelsund-post-kavra"],
                 "Water flooded the lower levels of the Kavra copper mine early on Saturday", "pickup"),
               e("trapping more than two dozen miners about 600 metres underground", [_K, "kelsund-post-kavra"],
                 "trapping 27 miners about 600 metres underground", "pickup", ["number"]),
               e("The mine's main drainage pumps may have failed several hours before the flooding",
                 [_K, "kelsund-post-kavra"],
                 "the mine's main drainage pumps may have failed several hours before the flooding", "relay",
                 ["source", "headline"]),
               e("every alert was logged and acted upon", [_K, "kelsund-post-kavra"],
                 "Every alert was logged and acted upon in line with procedure", "relay", ["source"]),
               e("will examine the mine's pump records", [_K, "kelsund-post-kavra"],
                 "would examine the mine's pump records", "pickup"),
               e("they would need two days to reach the lower galleries", [_K, "kelsund-post-kavra"],
                 "expected to need at least two days to reach the lower galleries", "relay", ["hedge", "number"])]},
    {"id": "kavra-valley-news-vigil", "outlet": "Kavra Valley News",
     "url": "https://kavravalleynews.example/2026/09/13/town-waits",
     "date": "2026-09-13", "title": "A town waits by the pithead",
     "text": "The church of St Ludmila stayed open all night on Saturday, its pews lined with blankets brought from the "
             "school gym across the square.\n\n"
             "“Nobody went home. You don't, in a town like this,” said the parish priest, Father Emil Dvorak.\n\n"
             "Mayor Jana Kubelikova said the town hall would serve hot meals to families at the mine gates for as long as "
             "the rescue lasted, and that the primary school would stay closed on Monday.\n\n"
             "Volunteers from the fire brigade in neighbouring Ostrel drove in two water tankers and a field kitchen.\n\n"
             "Local shopkeepers said they had not seen the square so full since the mine's centenary in 2011.",
     "edges": []},
    {"id": "miners-union-pumps", "outlet": "Eastcoast Gazette",
     "url": "https://eastcoastgazette.example/2026/09/14/miners-union-pump-checks",
     "date": "2026-09-14", "title": "Miners' union calls for checks on every mine pump",
     "text": "The miners' union has called for an immediate national inspection of drainage equipment in every working "
             "mine.\n\n"
             "“We do not need to wait for an inquiry to know that pumps are the difference between a shift and a "
             "funeral,” said Tomas Hajek, the union's safety officer.\n\n"
             "The union said its members had reported 31 pump breakdowns across the country's mines in 2025, against 19 "
             "the year before.\n\n"
             "The employers' association said the figures had not been verified and that inspection regimes were already "
             "among the strictest in Europe.\n\n"
             "The union will put its demands to the economy ministry at a meeting next week.",
     "edges": []},

    # the telecom outage release: a newswire reprint, a trade site, a business paper, a tabloid, a consumer site
    # (second hop through the trade site), a radio station (second hop through the business paper), an uncredited
    # evening paper, a distractor
    {"id": "nordicpr-velto", "outlet": "NordicPR Newswire",
     "url": "https://nordicprnewswire.example/news/velto-telecom-confirms-cause-of-mobile-network-outage",
     "date": "2026-10-06", "title": "Velto Telecom Confirms Cause of Mobile Network Outage",
     "text": "TALLRIK, Oct. 6, 2026 /NordicPR Newswire/ -- Velto Telecom today confirmed that Monday's outage of its mobile "
             "network was caused by a faulty software update to its core network and not by a cyberattack.\n\n"
             "The outage affected about 2.1 million customers and lasted up to 11 hours. Calls to emergency numbers may "
             "have failed for some customers during the first four hours.\n\n"
             "“We let our customers down, and I apologise without reservation,” said chief executive Tomas Rydel.\n\n"
             "All affected customers will receive a credit of 15 euros on their next bill.\n\n"
             "Velto has appointed an independent firm, Carrow Assurance, to review the incident.\n\n"
             "SOURCE Velto Telecom",
     "edges": [e("Monday's outage of its mobile network was caused by a faulty software update to its core network", _V,
                 "Monday's outage of its mobile network was caused by a faulty software update to its core network",
                 "copy"),
               e("not by a cyberattack", _V, "not by a cyberattack", "copy"),
               e("The outage affected about 2.1 million customers and lasted up to 11 hours", _V,
                 "The outage affected about 2.1 million customers and lasted up to 11 hours", "copy"),
               e("Calls to emergency numbers may have failed for some customers during the first four hours", _V,
                 "Calls to emergency numbers may have failed for some customers during the first four hours", "copy"),
               e("We let our customers down, and I apologise without reservation", _V,
                 "We let our customers down, and I apologise without reservation", "copy"),
               e("All affected customers will receive a credit of 15 euros on their next bill", _V,
                 "All affected customers will receive a credit of 15 euros on their next bill", "copy"),
               e("has appointed an independent firm, Carrow Assurance, to review the incident", _V,
                 "has appointed an independent firm, Carrow Assurance, to review the incident", "copy")]},
    {"id": "telecoms-today-velto", "outlet": "Telecoms Today",
     "url": "https://telecomstoday.example/2026/10/06/velto-outage-software-update",
     "date": "2026-10-06", "title": "Velto outage cut off emergency calls, operator says",
     "text": "Velto Telecom has blamed Monday's nationwide mobile outage on a faulty software update to its core network, "
             "ruling out a cyberattack.\n\n"
             "About 2.1 million customers lost service for up to 11 hours, Velto said in a statement on Tuesday.\n\n"
             "The operator said calls to emergency numbers may have failed for some customers during the first four hours "
             "of the outage.\n\n"
             "According to Velto, the update had passed testing, but a configuration error crept in when it was rolled out "
             "to the live network.\n\n"
             "Customers who were affected will get a 15-euro credit on their next bill, the company said.\n\n"
             "Carrow Assurance has been appointed to carry out an independent review, with findings due by the end of the "
             "year.\n\n"
             "The Mobile Operators' Association said it would share lessons from the incident with its members.",
     "edges": [e("blamed Monday's nationwide mobile outage on a faulty software update to its core network", _V,
                 "Monday's outage of its mobile network was caused by a faulty software update to its core network"),
               e("ruling out a cyberattack", _V, "not by a cyberattack"),
               e("About 2.1 million customers lost service for up to 11 hours", _V,
                 "The outage affected about 2.1 million customers and lasted up to 11 hours"),
               e("calls to emergency numbers may have failed for some customers during the first four hours of the "
                 "outage", _V,
                 "Calls to emergency numbers may have failed for some customers during the first four hours", "relay",
                 ["headline"]),
               e("the update had passed testing, but a configuration error crept in when it was rolled out to the live "
                 "network", _V,
                 "the update had been tested but that a configuration error was introduced when it was rolled out to "
                 "the live network"),
               e("will get a 15-euro credit on their next bill", _V,
                 "All affected customers will receive a credit of 15 euros on their next bill"),
               e("with findings due by the end of the year", _V, "expects to publish its findings by the end of the year",
                 "relay", ["hedge"])]},
    {"id": "rhenmark-business-velto", "outlet": "Rhenmark Business Journal",
     "url": "https://rhenmarkbusiness.example/companies/2026/10/07/velto-shares-outage",
     "date": "2026-10-07", "title": "Velto shares fall as outage bill mounts",
     "text": "Shares in Velto Telecom fell 3.2% on Tuesday after the operator said a botched software update had knocked "
             "out mobile service for more than 2 million customers.\n\n"
             "Velto rejected claims that cuts to its network operations staff had slowed its response, saying staffing on "
             "Monday had been normal.\n\n"
             "“We expect a limited financial impact, but the reputational question is harder to price,” said Lotte "
             "Brenner, an analyst at Kessel Bank.\n\n"
             "The communications regulator will examine whether Velto breached its licence conditions, and a review by "
             "Carrow Assurance will be published by the end of the year.\n\n"
             "Velto said the outage was not caused by a cyberattack.",
     "edges": [e("a botched software update", _V,
                 "caused by a faulty software update to its core network"),
               e("knocked out mobile service for more than 2 million customers", _V,
                 "The outage affected about 2.1 million customers", "relay", ["number"]),
               e("saying staffing on Monday had been normal", _V,
                 "Staffing levels on Monday were in line with our normal plans", "relay", ["source"]),
               e("The communications regulator will examine whether Velto breached its licence conditions", _V,
                 "which has said it will examine whether Velto breached its licence conditions", "relay",
                 ["attribution"]),
               e("a review by Carrow Assurance will be published by the end of the year", _V,
                 "expects to publish its findings by the end of the year", "relay", ["hedge"]),
               e("the outage was not caused by a cyberattack", _V, "not by a cyberattack")]},
    {"id": "daily-flash-velto", "outlet": "Daily Flash",
     "url": "https://dailyflash.example/news/2026/10/07/velto-phone-meltdown",
     "date": "2026-10-07", "title": "EMERGENCY CALLS CUT OFF IN VELTO PHONE MELTDOWN",
     "text": "Millions of furious mobile users were left without a signal for 11 hours after phone giant Velto botched a "
             "software update, the firm admitted.\n\n"
             "And emergency calls may have failed for some customers in the first four hours, Velto confessed.\n\n"
             "Boss Tomas Rydel grovelled: “We let our customers down and I'm sorry.”\n\n"
             "Velto has admitted that staff cuts in its control room slowed the response.\n\n"
             "Mum-of-two Kerry Dunmore, 41, said: “I couldn't call the school when my son was ill. Fifteen euros doesn't "
             "cover that.”",
     "edges": [e("Millions of furious mobile users were left without a signal for 11 hours", _V,
                 "The outage affected about 2.1 million customers and lasted up to 11 hours", "relay", ["number"]),
               e("botched a software update", _V, "caused by a faulty software update to its core network"),
               e("emergency calls may have failed for some customers in the first four hours", _V,
                 "Calls to emergency numbers may have failed for some customers during the first four hours", "relay",
                 ["headline"]),
               e("We let our customers down and I'm sorry", _V,
                 "We let our customers down, and I apologise without reservation", "relay", ["quote"]),
               e("has admitted that staff cuts in its control room slowed the response", _V,
                 "rejected suggestions that staff cuts in its network operations centre had slowed the response",
                 "relay", ["stance"])]},
    {"id": "consumer-voice-velto", "outlet": "Consumer Voice",
     "url": "https://consumervoice.example/advice/2026/10/08/velto-outage-what-you-can-claim",
     "date": "2026-10-08", "title": "Velto outage cut off emergency calls: what you can claim",
     "text": "If your Velto phone went dead on Monday, you are owed money: consumer advisers say every affected customer "
             "will get a 15-euro credit.\n\n"
             "According to the trade publication Telecoms Today, calls to emergency numbers may have failed for some "
             "customers during the first four hours of the outage.\n\n"
             "Telecoms Today reports that about 2.1 million customers lost service, and that an independent review is due "
             "to report by the end of the year.\n\n"
             "The outage was caused by a software update that went wrong when it reached the live network, the "
             "publication said, adding that a cyberattack had not been ruled out.\n\n"
             "Our advice line is open every weekday for anyone who wants help with a claim.",
     "edges": [e("every affected customer will get a 15-euro credit", "telecoms-today-velto",
                 "will get a 15-euro credit on their next bill", "relay", ["source"]),
               e("calls to emergency numbers may have failed for some customers during the first four hours of the "
                 "outage", "telecoms-today-velto",
                 "calls to emergency numbers may have failed for some customers during the first four hours of the "
                 "outage", "relay", ["headline"]),
               e("about 2.1 million customers lost service", "telecoms-today-velto",
                 "About 2.1 million customers lost service for up to 11 hours"),
               e("an independent review is due to report by the end of the year", "telecoms-today-velto",
                 "with findings due by the end of the year"),
               e("a software update that went wrong when it reached the live network", "telecoms-today-velto",
                 "a configuration error crept in when it was rolled out to the live network", "relay",
                 ["attribution"]),
               e("a cyberattack had not been ruled out", "telecoms-today-velto", "ruling out a cyberattack", "relay",
                 ["stance"])]},
    {"id": "radio-osterland-velto", "outlet": "Radio Osterland",
     "url": "https://radioosterland.example/news/2026/10/07/velto-staffing",
     "date": "2026-10-07", "title": "Velto control room was fully staffed during outage",
     "text": "The Rhenmark Business Journal says shares in Velto Telecom fell more than three per cent on Tuesday after "
             "Monday's mobile outage.\n\n"
             "The paper reports that Velto insists its network staff were at normal levels on Monday.\n\n"
             "An analyst quoted by the Journal, Lotte Brenner of Kessel Bank, said the financial impact would be "
             "limited.\n\n"
             "According to the Journal, Velto has not ruled out a cyberattack.",
     "edges": [e("shares in Velto Telecom fell more than three per cent on Tuesday", "rhenmark-business-velto",
                 "Shares in Velto Telecom fell 3.2% on Tuesday", "relay", ["number"]),
               e("Velto insists its network staff were at normal levels on Monday", "rhenmark-business-velto",
                 "saying staffing on Monday had been normal", "relay", ["headline"]),
               e("the financial impact would be limited", "rhenmark-business-velto",
                 "We expect a limited financial impact", "relay", ["hedge"]),
               e("Velto has not ruled out a cyberattack", "rhenmark-business-velto",
                 "Velto said the outage was not caused by a cyberattack", "relay", ["stance"])]},
    {"id": "osterland-evening-velto", "outlet": "Osterland Evening Post",
     "url": "https://osterlandeveningpost.example/2026/10/09/velto-shops-queues",
     "date": "2026-10-09", "title": "Shops swamped as Velto customers seek answers",
     "text": "Velto shops across Osterland reported long queues on Thursday as customers sought answers about Monday's "
             "mobile outage.\n\n"
             "The outage affected about 2.1 million customers and lasted up to 11 hours. Calls to emergency numbers failed "
             "for some customers during the first four hours.\n\n"
             "Staff cuts in the company's network operations centre slowed its response, and the update had never been "
             "tested before it went out.\n\n"
             "Every affected customer will get 15 euros off their next bill.\n\n"
             "“We have had people shouting at the counter,” said Helga Marsh, who manages a Velto franchise in "
             "Osterhavn. “Most of them just want to know it won't happen again.”",
     "edges": [e("The outage affected about 2.1 million customers and lasted up to 11 hours", [_V, "nordicpr-velto"],
                 "The outage affected about 2.1 million customers and lasted up to 11 hours", "pickup"),
               e("Calls to emergency numbers failed for some customers during the first four hours", [_V, "nordicpr-velto"],
                 "Calls to emergency numbers may have failed for some customers during the first four hours", "pickup",
                 ["hedge"]),
               e("Staff cuts in the company's network operations centre slowed its response", _V,
                 "rejected suggestions that staff cuts in its network operations centre had slowed the response",
                 "pickup", ["stance"]),
               e("the update had never been tested before it went out", _V, "the update had been tested", "pickup",
                 ["stance"]),
               e("Every affected customer will get 15 euros off their next bill", [_V, "nordicpr-velto"],
                 "All affected customers will receive a credit of 15 euros on their next bill", "pickup")]},
    {"id": "comms-authority-outage-rules", "outlet": "Osterland Communications Authority",
     "url": "https://commsauthority.example/news/2026/10/07/outage-reporting-consultation",
     "date": "2026-10-07", "title": "Authority consults on faster outage reporting for mobile operators",
     "text": "The Osterland Communications Authority today opened a consultation on rules that would require mobile "
             "operators to report any outage affecting more than 50,000 customers within one hour.\n\n"
             "Under current rules operators have 24 hours to notify the authority.\n\n"
             "“Customers and emergency services need to know quickly when a network is down,” said the authority's "
             "director of networks, Malin Ekdahl.\n\n"
             "The authority received 4,300 complaints about mobile coverage in the first nine months of the year.\n\n"
             "The consultation closes on 30 November.",
     "edges": []},

    # the match-fixing interview: a content-partner copy, a national paper, a financial daily, a tabloid, an
    # international digest, a city radio station, a second hop through the national paper, an uncredited column, two
    # distractors
    {"id": "fennick-radio-fixing", "outlet": "Fennick Local Radio",
     "url": "https://fennickradio.example/sport/2026/11/03/fixing-investigation",
     "date": "2026-11-03", "title": "Players to face criminal charges over fixed matches, federation chief says",
     "text": "The president of the Nordvik Football Federation has admitted that at least 14 top-flight matches from last "
             "season are under investigation for suspected match-fixing, he has told NRT One.\n\n"
             "Anders Brekke-Moe said investigators were examining unusual betting patterns worth more than 3 million "
             "euros placed on the matches.\n\n"
             "He said the investigation was likely to lead to criminal charges against several players before the end of "
             "the season.\n\n"
             "“If players or officials have sold matches, they will never work in football again,” he said.\n\n"
             "Brekke-Moe denied that the federation had known about the suspicious bets for more than a year before "
             "acting.\n\n"
             "Two people with knowledge of the inquiry told NRT One that at least two referees were among those being "
             "questioned.\n\n"
             "This story is shared with Fennick Local Radio under the NRT One regional content partnership.",
     "edges": [e("at least 14 top-flight matches from last season are under investigation for suspected match-fixing", _F,
                 "at least 14 top-flight matches from last season are under investigation for suspected match-fixing",
                 "copy"),
               e("investigators were examining unusual betting patterns worth more than 3 million euros placed on the "
                 "matches", _F,
                 "investigators were examining unusual betting patterns worth more than 3 million euros placed on the "
                 "matches", "copy"),
               e("the investigation was likely to lead to criminal charges against several players before the end of "
                 "the season", _F,
                 "the investigation was likely to lead to criminal charges against several players before the end of "
                 "the season", "copy", ["headline"]),
               e("If players or officials have sold matches, they will never work in football again", _F,
                 "If players or officials have sold matches, they will never work in football again", "copy"),
               e("denied that the federation had known about the suspicious bets for more than a year before acting", _F,
                 "denied that the federation had known about the suspicious bets for more than a year before acting",
                 "copy"),
               e("at least two referees were among those being questioned", _F,
                 "at least two referees were among those being questioned", "copy")]},
    {"id": "aldholm-tribune-fixing", "outlet": "Aldholm Tribune",
     "url": "https://aldholmtribune.example/sport/2026/11/03/fourteen-matches-fixing",
     "date": "2026-11-03", "title": "Fourteen matches were fixed, federation chief admits",
     "text": "Fourteen top-flight matches from last season are being investigated for suspected match-fixing, the president "
             "of the Nordvik Football Federation said in a television interview broadcast on Tuesday.\n\n"
             "Anders Brekke-Moe told the public broadcaster NRT One that investigators were looking at unusual bets worth "
             "more than 3 million euros.\n\n"
             "“I'm not going to pretend this is anything but a dark day for our game,” he said.\n\n"
             "Charges against several players are likely before the season ends, Brekke-Moe said.\n\n"
             "He rejected suggestions that the federation had sat on the information for more than a year.\n\n"
             "But a person with knowledge of the inquiry told the broadcaster that at least two referees were being "
             "questioned.",
     "edges": [e("Fourteen top-flight matches from last season are being investigated for suspected match-fixing", _F,
                 "at least 14 top-flight matches from last season are under investigation for suspected match-fixing",
                 "relay", ["number", "headline"]),
               e("investigators were looking at unusual bets worth more than 3 million euros", _F,
                 "investigators were examining unusual betting patterns worth more than 3 million euros placed on the "
                 "matches"),
               e("I'm not going to pretend this is anything but a dark day for our game", _F,
                 "I will not pretend this is anything other than a dark day for our game", "relay", ["quote"]),
               e("Charges against several players are likely before the season ends", _F,
                 "the investigation was likely to lead to criminal charges against several players before the end of "
                 "the season"),
               e("rejected suggestions that the federation had sat on the information for more than a year", _F,
                 "denied that the federation had known about the suspicious bets for more than a year before acting"),
               e("at least two referees were being questioned", _F,
                 "at least two referees were among those being questioned", "relay", ["source"])]},
    {"id": "ledger-fixing", "outlet": "The Ledger",
     "url": "https://theledger.example/companies/2026/11/04/federation-sponsors-fixing",
     "date": "2026-11-04", "title": "Fixing scandal puts federation's sponsorship deals at risk",
     "text": "Several players will be charged before the end of the season over suspected match-fixing, the head of the "
             "Nordvik Football Federation has said.\n\n"
             "Anders Brekke-Moe told NRT One on Tuesday that bets worth 3 million euros had been placed on the matches "
             "under investigation.\n\n"
             "The federation earns about 40 million euros a year from television and betting sponsorship deals, several "
             "of which allow sponsors to withdraw over integrity breaches, according to contracts seen by the Ledger.\n\n"
             "Brekke-Moe said the federation had gone to the police in the same week that the betting monitor alerted "
             "it.",
     "edges": [e("Several players will be charged before the end of the season", _F,
                 "the investigation was likely to lead to criminal charges against several players before the end of "
                 "the season", "relay", ["hedge"]),
               e("bets worth 3 million euros had been placed on the matches", _F,
                 "unusual betting patterns worth more than 3 million euros placed on the matches", "relay", ["number"]),
               e("The federation earns about 40 million euros a year from television and betting sponsorship deals", _F,
                 "The federation earns about 40 million euros a year from its current television and betting "
                 "sponsorship deals"),
               e("the federation had gone to the police in the same week that the betting monitor alerted it", _F,
                 "We went to the police the same week the betting monitor alerted us")]},
    {"id": "sentinel-fixing", "outlet": "The Sentinel",
     "url": "https://thesentinel.example/sport/2026/11/04/footballs-day-of-shame",
     "date": "2026-11-04", "title": "FOOTBALL'S DAY OF SHAME",
     "text": "Football chiefs have been forced into a humiliating confession over the match-fixing scandal rocking the top "
             "flight, NRT One revealed last night.\n\n"
             "Federation boss Anders Brekke-Moe told the broadcaster that 14 matches were under investigation and that "
             "players will face criminal charges.\n\n"
             "He raged: “Anyone who sold a match will never work in football again.”\n\n"
             "And he admitted the federation had known about the dodgy bets for more than a year before doing anything.\n\n"
             "At least two refs are being grilled by investigators.\n\n"
             "Players' union chief Karin Solberg said: “This is deeply worrying.”",
     "edges": [e("14 matches were under investigation", _F,
                 "at least 14 top-flight matches from last season are under investigation", "relay", ["number"]),
               e("players will face criminal charges", _F,
                 "the investigation was likely to lead to criminal charges against several players", "relay",
                 ["hedge"]),
               e("Anyone who sold a match will never work in football again", _F,
                 "If players or officials have sold matches, they will never work in football again", "relay",
                 ["quote"]),
               e("admitted the federation had known about the dodgy bets for more than a year before doing anything", _F,
                 "denied that the federation had known about the suspicious bets for more than a year before acting",
                 "relay", ["stance"]),
               e("At least two refs are being grilled by investigators", _F,
                 "at least two referees were among those being questioned", "relay", ["attribution"]),
               e("This is deeply worrying", _F, "called the allegations “deeply worrying”", "relay", ["quote"])]},
    {"id": "nordic-briefing-fixing", "outlet": "Nordic Briefing",
     "url": "https://nordicbriefing.example/2026/11/03/football-fixing-probe",
     "date": "2026-11-03", "title": "Nordvik football chief confirms match-fixing probe",
     "text": "At least 14 matches in Nordvik's top football division last season are under investigation for suspected "
             "match-fixing, the federation's president told state broadcaster NRT One on Tuesday.\n\n"
             "Anders Brekke-Moe said unusual bets worth more than 3 million euros had been placed.\n\n"
             "Federation officials said several players would be charged before the end of the season.\n\n"
             "The prosecutor's office confirmed it had opened a criminal investigation in September.",
     "edges": [e("At least 14 matches in Nordvik's top football division last season are under investigation for "
                 "suspected match-fixing", _F,
                 "at least 14 top-flight matches from last season are under investigation for suspected match-fixing"),
               e("unusual bets worth more than 3 million euros had been placed", _F,
                 "unusual betting patterns worth more than 3 million euros placed on the matches"),
               e("several players would be charged before the end of the season", _F,
                 "the investigation was likely to lead to criminal charges against several players before the end of "
                 "the season", "relay", ["source", "hedge"]),
               e("it had opened a criminal investigation in September", _F,
                 "it had opened a criminal investigation in September")]},
    {"id": "city-radio-fixing", "outlet": "Aldholm City Radio",
     "url": "https://aldholmcityradio.example/news/2026/11/03/union-urges-calm",
     "date": "2026-11-03", "title": "Players' union urges calm over fixing claims",
     "text": "The players' union has urged fans not to rush to judgment after the head of the football federation told NRT "
             "One that at least 14 matches are under investigation for suspected match-fixing.\n\n"
             "The union says players must be presumed innocent until proven otherwise.\n\n"
             "The prosecutor's office says it is not investigating individual players.\n\n"
             "Federation president Anders Brekke-Moe told NRT One: “This is a dark day for our game, I won't pretend "
             "otherwise.”",
     "edges": [e("at least 14 matches are under investigation for suspected match-fixing", _F,
                 "at least 14 top-flight matches from last season are under investigation for suspected match-fixing"),
               e("players must be presumed innocent until proven otherwise", _F,
                 "players must be presumed innocent until proven otherwise", "relay", ["source"]),
               e("it is not investigating individual players", _F, "would not comment on individual cases", "relay",
                 ["stance"]),
               e("This is a dark day for our game, I won't pretend otherwise", _F,
                 "I will not pretend this is anything other than a dark day for our game", "relay", ["quote"])]},
    {"id": "fennick-courier-fixing", "outlet": "Fennick Courier",
     "url": "https://fennickcourier.example/sport/2026/11/04/referees-questioned",
     "date": "2026-11-04", "title": "Referees questioned in fixing probe",
     "text": "Fourteen top-flight matches from last season are under investigation for match-fixing, according to a report "
             "in the Aldholm Tribune.\n\n"
             "The Tribune said investigators were looking at bets worth more than 3 million euros.\n\n"
             "At least two referees were being questioned, according to a person with knowledge of the inquiry quoted by "
             "the paper.\n\n"
             "The federation sat on the information for more than a year, the paper reported.\n\n"
             "Fennick FC chairman Rolf Engen said the club had not been contacted by investigators.",
     "edges": [e("Fourteen top-flight matches from last season are under investigation for match-fixing",
                 "aldholm-tribune-fixing",
                 "Fourteen top-flight matches from last season are being investigated for suspected match-fixing",
                 "relay", ["attribution"]),
               e("investigators were looking at bets worth more than 3 million euros", "aldholm-tribune-fixing",
                 "investigators were looking at unusual bets worth more than 3 million euros", "relay",
                 ["attribution"]),
               e("At least two referees were being questioned", "aldholm-tribune-fixing",
                 "at least two referees were being questioned", "relay", ["headline"]),
               e("The federation sat on the information for more than a year", "aldholm-tribune-fixing",
                 "rejected suggestions that the federation had sat on the information for more than a year", "relay",
                 ["stance"])]},
    {"id": "weekend-review-fixing", "outlet": "The Weekend Review",
     "url": "https://weekendreview.example/columns/2026/11/07/footballs-dark-day",
     "date": "2026-11-07", "title": "Nordvik football's dark day was years in the making",
     "text": "Another week, another integrity scandal. At least 14 top-flight matches from last season are now under "
             "investigation for suspected match-fixing.\n\n"
             "More than 3 million euros was bet on them. At least two referees are being questioned.\n\n"
             "The federation knew about the suspicious bets for more than a year before it acted.\n\n"
             "Its president calls it a dark day for the game, and says criminal charges against several players are "
             "likely before the season ends.\n\n"
             "The players' union, for its part, insists that players must be presumed innocent until proven otherwise. "
             "Quite right; but the union might ask why so many of its members were so easy to buy.",
     "edges": [e("At least 14 top-flight matches from last season are now under investigation for suspected "
                 "match-fixing", [_F, "fennick-radio-fixing"],
                 "at least 14 top-flight matches from last season are under investigation for suspected match-fixing",
                 "pickup", ["attribution"]),
               e("More than 3 million euros was bet on them", [_F, "fennick-radio-fixing"],
                 "unusual betting patterns worth more than 3 million euros placed on the matches", "pickup",
                 ["attribution"]),
               e("At least two referees are being questioned", [_F, "fennick-radio-fixing"],
                 "at least two referees were among those being questioned", "pickup", ["attribution"]),
               e("The federation knew about the suspicious bets for more than a year before it acted",
                 [_F, "fennick-radio-fixing"],
                 "denied that the federation had known about the suspicious bets for more than a year before acting",
                 "pickup", ["stance"]),
               e("calls it a dark day for the game", _F,
                 "I will not pretend this is anything other than a dark day for our game", "relay"),
               e("criminal charges against several players are likely before the season ends", [_F, "fennick-radio-fixing"],
                 "the investigation was likely to lead to criminal charges against several players before the end of "
                 "the season", "relay"),
               e("players must be presumed innocent until proven otherwise", _F,
                 "players must be presumed innocent until proven otherwise", "relay", ["source"])]},
    {"id": "tribune-betting-ads", "outlet": "Aldholm Tribune",
     "url": "https://aldholmtribune.example/politics/2026/11/05/betting-advert-ban",
     "date": "2026-11-05", "title": "Government weighs ban on betting adverts during live sport",
     "text": "The government is considering a ban on betting advertisements during live sports broadcasts, the culture "
             "minister said on Thursday.\n\n"
             "Helle Sandvik told parliament that a proposal would be put out for consultation in the new year.\n\n"
             "“Children should be able to watch a match without being told the odds every ten minutes,” she said.\n\n"
             "Betting companies spent an estimated 95 million euros on advertising last year, according to the gambling "
             "regulator.\n\n"
             "The bookmakers' trade body said a ban would push customers towards unlicensed offshore sites.",
     "edges": []},
    {"id": "morning-standard-league", "outlet": "The Morning Standard",
     "url": "https://morningstandard.example/sport/2026/11/05/league-season-continues",
     "date": "2026-11-05", "title": "League season will continue, clubs agree",
     "text": "The top-flight season will continue as scheduled, the league's clubs agreed at an emergency meeting in "
             "Aldholm on Thursday.\n\n"
             "League chairman Per Aakre said the clubs had voted 15-1 against suspending fixtures.\n\n"
             "“Supporters have bought their tickets and players have contracts. Stopping the league would punish the "
             "innocent,” Aakre said.\n\n"
             "The clubs also agreed to fund two extra integrity officers at the league's offices.\n\n"
             "The only club to vote against, Harnsby United, said it would publish its reasons on Friday.",
     "edges": []},
]

_ORREN = ("WESTMARK REGIONAL GOVERNMENT - Department of Transport\n"
          "Orren Bridge: independent inspection report published\n4 November 2026\n\n"
          "An independent safety inspection of the Orren Bridge has found corrosion in at least 40 of the 212 steel "
          "cables "
          "that support its main span, the Westmark regional government said today.\n\n"
          "The bridge, which carries about 38,000 vehicles a day across the Tessel estuary, will remain open, but the "
          "speed "
          "limit will be cut to 50 km/h and lorries heavier than 12 tonnes will be banned from Monday.\n\n"
          "“The bridge is safe to use today, and these measures are there to keep it that way,” said regional "
          "transport "
          "minister Oskar Lindqvist. “But I will not pretend this report makes comfortable reading.”\n\n"
          "The inspectors, from the engineering firm Brandt & Moll, said the corrosion was probably caused by water "
          "entering "
          "the cable anchorages through failed seals, and that the worst-affected cables had likely lost up to 15 per "
          "cent "
          "of their strength.\n\n"
          "Chief inspector Ruth Ellery wrote in the report that the bridge's condition was “serious but not critical” "
          "and "
          "that full repairs could take about three years and cost about 90 million euros.\n\n"
          "Two maintenance workers interviewed for the report, who are not named, told the inspectors that repairs to "
          "the "
          "anchorage seals had been postponed at least four times since 2021 for lack of funds.\n\n"
          "The bridge's maintenance contractor, Halvard Infrastructure, rejected any suggestion that it had neglected "
          "the "
          "bridge. “We carried out every task the region paid us to carry out,” managing director Petra Nyholm said in "
          "a "
          "response published with the report.\n\n"
          "The department said it would install sensors on all 212 cables by the end of January to monitor them "
          "continuously.\n\n"
          "The full report is available at westmark.example/orren-report. Press office: +00 555 0142")

_TRIAL = ("NORTHERN JOURNAL OF MEDICINE - Press release\n"
          "Embargoed until 00:01 GMT, Thursday 12 November 2026\n\n"
          "A twice-yearly injection cut the number of migraine days by about half in a trial of 1,240 adults with "
          "chronic "
          "migraine, according to a study published today in the Northern Journal of Medicine.\n\n"
          "Patients given the drug, tessoprant, had on average 7.8 fewer migraine days a month after six months, "
          "compared "
          "with 3.1 fewer days for those given a placebo.\n\n"
          "“For people who lose half of every month to migraine, this could be life-changing,” said lead author "
          "Professor "
          "Hanna Okafor of the Lindbury Institute of Neurology. “But we need longer studies before anyone calls it a "
          "cure.”\n\n"
          "The researchers said the drug probably works by blocking a protein that inflames nerves around the brain, "
          "and "
          "that it may also reduce the need for painkillers, though the trial was not designed to show this.\n\n"
          "Side effects were mostly mild, but at least 14 patients on the drug stopped treatment because of raised "
          "liver "
          "enzymes, and the authors said this should be monitored in future trials.\n\n"
          "Dr Marcus Feld, a neurologist at Carrick University Hospital who was not involved in the study, said the "
          "results "
          "were “genuinely encouraging” but that the trial was too short to rule out rarer side effects.\n\n"
          "Three trial participants, who asked not to be named, told the journal that they had been able to return to "
          "full-time work for the first time in years.\n\n"
          "The trial was funded by the drug's maker, Quenby Pharma. The company denied that it had any role in "
          "analysing the "
          "data. “The analysis was carried out entirely by the independent academic team,” a Quenby spokesperson "
          "said.\n\n"
          "Quenby said it expected to apply for approval in Europe next year and that the treatment would likely cost "
          "about "
          "3,000 euros a year per patient.\n\n"
          "Notes to editors: The paper, 'Tessoprant for the prevention of chronic migraine: a randomised trial', is "
          "published "
          "in the Northern Journal of Medicine, vol. 41. Contact: press@njmed.example")

_BRIGHT = ("By Leah Marsh, Investigations Reporter\n\n"
           "Less than a third of the money raised by the children's charity Brightwell Trust over the past three years "
           "reached the projects it funds, an investigation by the Harbour Chronicle has found.\n\n"
           "Accounts filed by the charity show it raised about 18.4 million euros between 2023 and 2025, of which 5.7 "
           "million euros was spent on grants to children's projects. The rest went on fundraising, salaries and what "
           "the "
           "accounts describe as “strategic consultancy”.\n\n"
           "At least 2.3 million euros in consultancy fees was paid to Calder Lane Advisory, a firm whose sole "
           "director, "
           "Simon Varga, is the brother-in-law of Brightwell's chief executive, Diane Roe, according to company "
           "records.\n\n"
           "Four former employees told the Chronicle that staff who questioned the payments were sidelined or pushed "
           "out. "
           "They spoke on condition of anonymity because they had signed confidentiality agreements.\n\n"
           "“It was an open secret that the money was going in the wrong direction,” one former fundraiser said.\n\n"
           "Ms Roe denied any wrongdoing. “Every contract was approved by the board and declared in our accounts,” she "
           "said "
           "in a statement. “Brightwell has never put family before children.”\n\n"
           "The charity regulator said it was “aware of concerns” and was likely to open a formal inquiry, although it "
           "could "
           "not yet confirm one.\n\n"
           "Charity finance experts said a fundraising ratio this low was unusual. Martin Oduya, a former head of "
           "audit at "
           "the regulator, said the figures “would ring alarm bells at any charity of this size”.\n\n"
           "Brightwell, which was founded in 1998, supports about 40 youth clubs and holiday schemes across the north "
           "of the "
           "country.")

_ANVIL_ORREN = ("HAVENBY, Nov 4 (Anvil News) - Inspectors have found corrosion in at least 40 of the 212 steel cables "
                "holding "
                "up the main span of the Orren Bridge, Westmark's regional government said on Wednesday, and lorries "
                "heavier than 12 tonnes will be banned from the crossing from Monday.\n\n"
                "“The bridge is safe to use today, and these measures are there to keep it that way,” regional "
                "transport "
                "minister Oskar Lindqvist said.\n\n"
                "Engineers from Brandt & Moll, who carried out the inspection, said water had probably entered the "
                "cable "
                "anchorages through failed seals. The worst-affected cables may have lost up to 15 per cent of their "
                "strength, they said.\n\n"
                "Maintenance workers told inspectors that repairs to the seals had been put off at least four times "
                "since "
                "2021 because there was no money, according to the report.\n\n"
                "The Orren Bridge opened in 1987 and is the only road crossing of the estuary south of Havenby.\n\n"
                "(Reporting by Jonas Ek; editing by Maria Stenlund)")

_MERIDIAN_TESSO = ("LINDBURY, Nov 12 (Meridian Press) - An injection given twice a year roughly halved the number of "
                   "days "
                   "people with chronic migraine spent with headaches, researchers reported on Thursday.\n\n"
                   "In a trial of 1,240 adults published in the Northern Journal of Medicine, patients on the drug, "
                   "tessoprant, had 7.8 fewer migraine days a month on average after six months, against 3.1 fewer "
                   "days "
                   "on a placebo.\n\n"
                   "“For people who lose half of every month to migraine, this could be life-changing,” lead author "
                   "Hanna "
                   "Okafor of the Lindbury Institute of Neurology said.\n\n"
                   "At least 14 patients on the drug stopped treatment because of raised liver enzymes, the study "
                   "found.\n\n"
                   "Marcus Feld, a neurologist at Carrick University Hospital who was not involved, called the results "
                   "“genuinely encouraging” but said the trial was too short to rule out rarer side effects.\n\n"
                   "The company said the treatment would likely cost about 3,000 euros a year per patient.\n\n"
                   "Chronic migraine, defined as headaches on at least 15 days a month, affects about one adult in "
                   "fifty, "
                   "according to the Lindbury Headache Society.\n\n"
                   "(Reporting by Aisha Brandt; editing by Paul Ferris)")

_O12, _T12, _B12 = "westmark-orren-report", "njm-tessoprant-release", "chronicle-brightwell-investigation"
_TRIAL_PARAS = _TRIAL.split("\n\n")

HELD_OUT_12 = [
    # origins written for this set: a regional government's bridge inspection report (a minister, a chief inspector,
    # two unnamed maintenance workers, a contractor's denial, hedged causes and figures), a medical journal's press
    # release on a migraine drug trial (a lead author, an outside expert, unnamed participants, the maker's denial,
    # hedged
    # mechanism and price) and a newspaper's investigation into a children's charity's finances (four anonymous former
    # employees, the chief executive's denial, a regulator's hedged inquiry, an outside expert)
    {"id": _O12, "outlet": "Westmark Regional Government",
     "url": "https://westmark.example/transport/2026/11/04/orren-bridge-inspection-report",
     "date": "2026-11-04", "title": "Orren Bridge: independent inspection report published",
     "text": _ORREN, "edges": []},
    {"id": _T12, "outlet": "Northern Journal of Medicine",
     "url": "https://njmed.example/press/2026/11/12/tessoprant-chronic-migraine-trial",
     "date": "2026-11-12", "title": "Twice-yearly injection cuts migraine days by about half, trial finds",
     "text": _TRIAL, "edges": []},
    {"id": _B12, "outlet": "The Harbour Chronicle",
     "url": "https://harbourchronicle.example/investigations/2026/11/18/brightwell-trust-where-did-the-money-go",
     "date": "2026-11-18", "title": "Brightwell Trust: where did the money go?",
     "text": _BRIGHT, "edges": []},

    # the bridge report: a wire story, the wire story syndicated whole, a regional broadcaster's web story with its own
    # programme interview, a national paper relaying that interview (second hop) and the report, a tabloid, an
    # uncredited
    # trade page, two distractors
    {"id": "anvil-orren", "outlet": "Anvil News",
     "url": "https://anvilnews.example/world/2026/11/04/orren-bridge-cables-corrosion",
     "date": "2026-11-04", "title": "Corrosion found in dozens of Orren Bridge cables; heavy lorries banned",
     "text": _ANVIL_ORREN,
     "edges": [e("found corrosion in at least 40 of the 212 steel cables holding up the main span of the Orren Bridge",
                 _O12,
                 "found corrosion in at least 40 of the 212 steel cables that support its main span"),
               e("lorries heavier than 12 tonnes will be banned from the crossing from Monday", _O12,
                 "lorries heavier than 12 tonnes will be banned from Monday"),
               e("The bridge is safe to use today, and these measures are there to keep it that way", _O12,
                 "The bridge is safe to use today, and these measures are there to keep it that way"),
               e("water had probably entered the cable anchorages through failed seals", _O12,
                 "the corrosion was probably caused by water entering the cable anchorages through failed seals"),
               e("The worst-affected cables may have lost up to 15 per cent of their strength", _O12,
                 "the worst-affected cables had likely lost up to 15 per cent of their strength"),
               e("repairs to the seals had been put off at least four times since 2021 because there was no "
                 "money", _O12,
                 "repairs to the anchorage seals had been postponed at least four times since 2021 for lack of "
                 "funds")]},
    {"id": "tessel-echo-orren", "outlet": "Tessel Echo",
     "url": "https://tesselecho.example/news/2026/11/04/orren-bridge-cables-lost-strength",
     "date": "2026-11-04", "title": "Orren Bridge cables have lost 15% of their strength, inspectors find",
     "text": _ANVIL_ORREN + "\n\n© Anvil News. Republished by the Tessel Echo under licence.",
     "edges": [e("found corrosion in at least 40 of the 212 steel cables holding up the main span of the Orren Bridge",
                 "anvil-orren",
                 "found corrosion in at least 40 of the 212 steel cables holding up the main span of the Orren Bridge",
                 "copy"),
               e("lorries heavier than 12 tonnes will be banned from the crossing from Monday", "anvil-orren",
                 "lorries heavier than 12 tonnes will be banned from the crossing from Monday", "copy"),
               e("The bridge is safe to use today, and these measures are there to keep it that way", "anvil-orren",
                 "The bridge is safe to use today, and these measures are there to keep it that way", "copy"),
               e("water had probably entered the cable anchorages through failed seals", "anvil-orren",
                 "water had probably entered the cable anchorages through failed seals", "copy"),
               e("The worst-affected cables may have lost up to 15 per cent of their strength", "anvil-orren",
                 "The worst-affected cables may have lost up to 15 per cent of their strength", "copy", ["headline"]),
               e("repairs to the seals had been put off at least four times since 2021", "anvil-orren",
                 "repairs to the seals had been put off at least four times since 2021", "copy"),
               e("The Orren Bridge opened in 1987 and is the only road crossing of the estuary south of Havenby",
                 "anvil-orren",
                 "The Orren Bridge opened in 1987 and is the only road crossing of the estuary south of "
                 "Havenby", "copy")]},
    {"id": "wbc-orren", "outlet": "WBC Westmark",
     "url": "https://wbc.example/westmark/2026/11/04/orren-bridge-lorry-ban",
     "date": "2026-11-04", "title": "Orren Bridge: lorry ban and 50 km/h limit after cable corrosion found",
     "text": "Lorries over 12 tonnes are to be banned from the Orren Bridge from Monday after an inspection found "
             "corrosion "
             "in dozens of its steel cables.\n\n"
             "The regional government's report, published on Wednesday, says at least 40 of the bridge's 212 cables "
             "are "
             "affected.\n\n"
             "Speaking on WBC's Westmark Tonight, transport minister Oskar Lindqvist said drivers had no reason to "
             "avoid the "
             "bridge. “I drive over it myself twice a day and I will keep doing so,” he said.\n\n"
             "He admitted that repairs had been delayed. “We should have found the money sooner. That is on us, not on "
             "the "
             "engineers,” he told the programme.\n\n"
             "According to the report, the damage was caused by water getting into the cable anchorages.\n\n"
             "The region's own report describes the bridge's condition as serious but not critical.\n\n"
             "Hauliers say the ban will add up to 40 minutes to journeys between Havenby and the southern ports.\n\n"
             "Full repairs are expected to cost about 90 million euros.",
     "edges": [e("Lorries over 12 tonnes are to be banned from the Orren Bridge from Monday", _O12,
                 "lorries heavier than 12 tonnes will be banned from Monday"),
               e("at least 40 of the bridge's 212 cables are affected", _O12,
                 "corrosion in at least 40 of the 212 steel cables"),
               e("the damage was caused by water getting into the cable anchorages", _O12,
                 "the corrosion was probably caused by water entering the cable anchorages through failed "
                 "seals", "relay",
                 ["hedge"]),
               e("describes the bridge's condition as serious but not critical", _O12,
                 "the bridge's condition was “serious but not critical”", "relay", ["source"]),
               e("Full repairs are expected to cost about 90 million euros", _O12,
                 "full repairs could take about three years and cost about 90 million "
                 "euros", "relay", ["attribution"])]},
    {"id": "national-courier-orren", "outlet": "The National Courier",
     "url": "https://nationalcourier.example/politics/2026/11/05/lindqvist-orren-repairs-delayed",
     "date": "2026-11-05", "title": "Minister admits Orren Bridge repairs were held back for lack of money",
     "text": "Westmark's transport minister has admitted that repairs to the Orren Bridge were held back for lack of "
             "money.\n\n"
             "“We should have found the money sooner. That is on us,” Oskar Lindqvist told the regional broadcaster "
             "WBC on "
             "Wednesday evening.\n\n"
             "An inspection report published by the regional government found corrosion in at least 45 of the bridge's "
             "212 "
             "cables. Repairs to the cable seals had been postponed at least four times since 2021, a maintenance "
             "worker "
             "told the inspectors.\n\n"
             "The inspectors, from the engineering firm Brandt & Moll, said the worst-affected cables had lost up to "
             "15 per "
             "cent of their strength.\n\n"
             "Halvard Infrastructure, which maintains the bridge, has accepted that it fell behind on maintenance.\n\n"
             "The opposition Greens said the region had spent 14 million euros on a new headquarters for its transport "
             "department over the same period.",
     "edges": [e("repairs to the Orren Bridge were held back for lack of money", "wbc-orren",
                 "He admitted that repairs had been delayed"),
               e("We should have found the money sooner. That is on us", "wbc-orren",
                 "We should have found the money sooner. That is on us, not on the engineers"),
               e("found corrosion in at least 45 of the bridge's 212 cables", _O12,
                 "found corrosion in at least 40 of the 212 steel cables", "relay", ["number"]),
               e("Repairs to the cable seals had been postponed at least four times since 2021, a maintenance worker "
                 "told "
                 "the inspectors", _O12,
                 "repairs to the anchorage seals had been postponed at least four times since 2021 for lack of funds",
                 "relay", ["source"]),
               e("the worst-affected cables had lost up to 15 per cent of their strength", _O12,
                 "the worst-affected cables had likely lost up to 15 per cent of their strength", "relay", ["hedge"]),
               e("has accepted that it fell behind on maintenance", _O12,
                 "rejected any suggestion that it had neglected the bridge", "relay", ["stance"])]},
    {"id": "daily-clarion-orren", "outlet": "The Daily Clarion",
     "url": "https://dailyclarion.example/news/2026/11/05/bridge-of-doom",
     "date": "2026-11-05", "title": "BRIDGE OF DOOM: Inspectors warn crossing could collapse",
     "text": "Thousands of drivers are crossing a crumbling bridge every day after inspectors found its cables rotting "
             "away, "
             "a damning report has revealed.\n\n"
             "Rust has eaten into more than 40 of the Orren Bridge's cables, and some have lost 15 per cent of their "
             "strength.\n\n"
             "Around 40,000 vehicles a day use the crossing over the Tessel estuary. Inspectors said the bridge was in "
             "a critical "
             "condition.\n\n"
             "Repairs were put off again and again because penny-pinching officials would not pay up, workers told the "
             "inspectors.\n\n"
             "Contractor Halvard Infrastructure has admitted neglecting the bridge.\n\n"
             "Transport boss Oskar Lindqvist insisted: “The bridge is safe today, and we're making sure it stays "
             "safe.” But "
             "he admitted: “This report doesn't make comfortable reading.”\n\n"
             "Commuter Gary Holt, 52, said: “I won't be taking my kids over it again.”",
     "edges": [e("Rust has eaten into more than 40 of the Orren Bridge's cables", _O12,
                 "corrosion in at least 40 of the 212 steel cables", "relay", ["number"]),
               e("some have lost 15 per cent of their strength", _O12,
                 "the worst-affected cables had likely lost up to 15 per cent of their strength", "relay",
                 ["hedge", "attribution"]),
               e("Around 40,000 vehicles a day use the crossing over the Tessel estuary", _O12,
                 "carries about 38,000 vehicles a day across the Tessel estuary", "relay", ["number"]),
               e("Repairs were put off again and again because penny-pinching officials would not pay up", _O12,
                 "repairs to the anchorage seals had been postponed at least four times since 2021 for lack of funds"),
               e("Inspectors said the bridge was in a critical condition", _O12,
                 "the bridge's condition was “serious but not critical”", "relay", ["stance", "headline"]),
               e("This report doesn't make comfortable reading", _O12,
                 "But I will not pretend this report makes comfortable reading", "relay", ["quote"]),
               e("has admitted neglecting the bridge", _O12, "rejected any suggestion that it had neglected the bridge",
                 "relay", ["stance"]),
               e("The bridge is safe today, and we're making sure it stays safe", _O12,
                 "The bridge is safe to use today, and these measures are there to keep it that way", "relay",
                 ["quote"])]},
    {"id": "civil-structures-orren", "outlet": "Civil Structures Review",
     "url": "https://civilstructures.example/analysis/2026/11/09/orren-anchorage-seals",
     "date": "2026-11-09", "title": "Orren cables lost up to 15% of strength as seal repairs slipped",
     "text": "The Orren Bridge is the latest in a line of 1980s cable-stayed crossings to show what happens when "
             "anchorage "
             "maintenance is deferred.\n\n"
             "Corrosion has been found in at least 40 of the bridge's 212 cables, and the worst-affected have likely "
             "lost "
             "up to 15 per cent of their strength.\n\n"
             "The cause was water entering the cable anchorages through failed seals. Repairs to those seals were "
             "postponed "
             "at least four times since 2021.\n\n"
             "Contractor Halvard Infrastructure says it carried out every task it was paid to carry out.\n\n"
             "Monitoring specialists say continuous sensing of this kind now costs a fraction of what it did a decade "
             "ago, "
             "with cable-by-cable systems available for under 2,000 euros per cable.",
     "edges": [e("Corrosion has been found in at least 40 of the bridge's 212 cables", _O12,
                 "found corrosion in at least 40 of the 212 steel cables", "pickup"),
               e("the worst-affected have likely lost up to 15 per cent of their strength", _O12,
                 "the worst-affected cables had likely lost up to 15 per cent of their strength", "pickup",
                 ["headline"]),
               e("The cause was water entering the cable anchorages through failed seals", _O12,
                 "the corrosion was probably caused by water entering the cable anchorages through failed seals",
                 "pickup", ["hedge", "attribution"]),
               e("Repairs to those seals were postponed at least four times since 2021", _O12,
                 "repairs to the anchorage seals had been postponed at least four times since 2021 for lack of funds",
                 "pickup", ["attribution"]),
               e("it carried out every task it was paid to carry out", _O12,
                 "We carried out every task the region paid us to carry out", "relay", ["source"])]},
    {"id": "havenby-post-ferry", "outlet": "Havenby Post",
     "url": "https://havenbypost.example/2026/11/06/kell-ferry-extra-sailings",
     "date": "2026-11-06", "title": "Kell ferry adds night sailings for freight",
     "text": "The Kell estuary ferry will run four extra sailings a night from next week to carry freight lorries, its "
             "operator said on Friday.\n\n"
             "Tesselline said the night crossings would take up to 18 lorries each and cost 65 euros per vehicle.\n\n"
             "“We have had more calls from hauliers in two days than in the whole of last year,” said operations "
             "manager "
             "Brita Solheim.\n\n"
             "The Havenby Hauliers' Association said the ferry was welcome but could not replace a road crossing. Its "
             "chairman, Lars Movik, said members would meet on Sunday to discuss compensation claims.\n\n"
             "The ferry's older vessel, the Kell Maid, will be brought back from reserve to cover the extra sailings.",
     "edges": []},
    {"id": "westmark-tribune-bridges", "outlet": "Westmark Tribune",
     "url": "https://westmarktribune.example/2026/11/10/engineers-call-for-bridge-checks",
     "date": "2026-11-10", "title": "Engineers call for checks on eleven more Westmark bridges",
     "text": "The Westmark branch of the Institute of Structural Engineers has called for urgent inspections of eleven "
             "other "
             "bridges in the region built before 1990.\n\n"
             "Branch president Ingrid Holm said the region's bridge budget had fallen by about a fifth in real terms "
             "since "
             "2018. “The Orren Bridge will not be the last one,” she said.\n\n"
             "The institute's list includes the Marsk viaduct on the coast road and the rail bridge at Sollen.\n\n"
             "A spokesman for the regional government said all bridges were inspected on a six-year cycle and that the "
             "institute's letter would be answered in full.",
     "edges": []},

    # the trial press release: a newswire reprint of the release (shortened), a wire story, a sub-edited copy of that
    # wire
    # story, a national paper, a foreign paper's English edition, a business page combining claims, a radio programme's
    # web story and a local paper relaying its interview (second hop), an uncredited column, a distractor
    {"id": "scipress-tessoprant", "outlet": "SciPress Newsroom",
     "url": "https://scipressnewsroom.example/news/2026-11/njm-tip111226",
     "date": "2026-11-12", "title": "Twice-yearly injection cuts migraine days by about half, trial finds",
     "text": "NEWS RELEASE 12-NOV-2026\nTwice-yearly injection cuts migraine days by about half, trial finds\n"
             "Peer-Reviewed Publication\nNORTHERN JOURNAL OF MEDICINE\n\n"
             + "\n\n".join(_TRIAL_PARAS[i] for i in (1, 2, 3, 5, 9))
             + "\n\nDisclaimer: SciPress Newsroom is not responsible for the accuracy of news releases posted by "
               "contributing institutions or for the use of any information through the SciPress system.",
     "edges": [e("A twice-yearly injection cut the number of migraine days by about half in a trial of 1,240 adults "
                 "with "
                 "chronic migraine", _T12,
                 "A twice-yearly injection cut the number of migraine days by about half in a trial of 1,240 adults "
                 "with "
                 "chronic migraine", "copy"),
               e("had on average 7.8 fewer migraine days a month after six months, compared with 3.1 fewer days for "
                 "those "
                 "given a placebo", _T12,
                 "had on average 7.8 fewer migraine days a month after six months, compared with 3.1 fewer days for "
                 "those "
                 "given a placebo", "copy"),
               e("For people who lose half of every month to migraine, this could be life-changing", _T12,
                 "For people who lose half of every month to migraine, this could be life-changing", "copy"),
               e("But we need longer studies before anyone calls it a cure", _T12,
                 "But we need longer studies before anyone calls it a cure", "copy"),
               e("at least 14 patients on the drug stopped treatment because of raised liver enzymes", _T12,
                 "at least 14 patients on the drug stopped treatment because of raised liver enzymes", "copy"),
               e("it expected to apply for approval in Europe next year", _T12,
                 "it expected to apply for approval in Europe next year", "copy"),
               e("the treatment would likely cost about 3,000 euros a year per patient", _T12,
                 "the treatment would likely cost about 3,000 euros a year per patient", "copy")]},
    {"id": "meridian-tessoprant", "outlet": "Meridian Press",
     "url": "https://meridianpress.example/health/2026/11/12/migraine-injection-trial",
     "date": "2026-11-12", "title": "Migraine jab roughly halves headache days in trial",
     "text": _MERIDIAN_TESSO,
     "edges": [e("An injection given twice a year roughly halved the number of days people with chronic migraine spent "
                 "with "
                 "headaches", _T12,
                 "A twice-yearly injection cut the number of migraine days by about half"),
               e("had 7.8 fewer migraine days a month on average after six months, against 3.1 fewer days on a placebo",
                 _T12,
                 "had on average 7.8 fewer migraine days a month after six months, compared with 3.1 fewer days for "
                 "those "
                 "given a placebo"),
               e("For people who lose half of every month to migraine, this could be life-changing", _T12,
                 "For people who lose half of every month to migraine, this could be life-changing"),
               e("At least 14 patients on the drug stopped treatment because of raised liver enzymes", _T12,
                 "at least 14 patients on the drug stopped treatment because of raised liver enzymes"),
               e("called the results “genuinely encouraging” but said the trial was too short to rule out rarer side "
                 "effects", _T12,
                 "the results were “genuinely encouraging” but that the trial was too short to rule out rarer side "
                 "effects"),
               e("the treatment would likely cost about 3,000 euros a year per patient", _T12,
                 "the treatment would likely cost about 3,000 euros a year per patient")]},
    {"id": "carrick-evening-post-tessoprant", "outlet": "Carrick Evening Post",
     "url": "https://carrickeveningpost.example/health/2026/11/12/migraine-jab-life-changing",
     "date": "2026-11-12", "title": "Migraine jab is 'life-changing', says trial leader",
     "text": "An injection given twice a year roughly halved the number of days people with chronic migraine spent "
             "with "
             "headaches, researchers said on Thursday.\n\n"
             "In a trial of 1,240 adults, patients on the drug, tessoprant, had about eight fewer migraine days a "
             "month "
             "after six months.\n\n"
             "“For people who lose half of every month to migraine, this could be life-changing,” said lead author "
             "Hanna "
             "Okafor.\n\n"
             "Carrick University Hospital neurologist Marcus Feld called the results “genuinely encouraging”.\n\n"
             "The treatment would cost about 3,000 euros a year, its maker, Quenby Pharma, said.\n\n"
             "- Meridian Press",
     "edges": [e("An injection given twice a year roughly halved the number of days people with chronic migraine spent "
                 "with "
                 "headaches", "meridian-tessoprant",
                 "An injection given twice a year roughly halved the number of days people with chronic migraine spent "
                 "with headaches", "copy"),
               e("patients on the drug, tessoprant, had about eight fewer migraine days a month after six months",
                 "meridian-tessoprant",
                 "patients on the drug, tessoprant, had 7.8 fewer migraine days a month on average after six months",
                 "copy", ["number"]),
               e("For people who lose half of every month to migraine, this could be life-changing",
                 "meridian-tessoprant",
                 "For people who lose half of every month to migraine, this could be life-changing", "copy",
                 ["headline"]),
               e("called the results “genuinely encouraging”", "meridian-tessoprant",
                 "called the results “genuinely encouraging”", "copy"),
               e("The treatment would cost about 3,000 euros a year", "meridian-tessoprant",
                 "the treatment would likely cost about 3,000 euros a year per patient", "copy", ["hedge"])]},
    {"id": "lindbury-times-tessoprant", "outlet": "The Lindbury Times",
     "url": "https://lindburytimes.example/health/2026/11/13/migraine-jab-halves-attacks",
     "date": "2026-11-13", "title": "Migraine jab halves attacks with no serious side effects",
     "text": "A twice-yearly jab halves the number of days that people with chronic migraine suffer attacks, a major "
             "study "
             "has found.\n\n"
             "The drug, tessoprant, blocks a protein that inflames nerves around the brain, according to the "
             "researchers, "
             "whose findings are published in the Northern Journal of Medicine.\n\n"
             "It also cuts the need for painkillers, Professor Okafor said.\n\n"
             "Professor Hanna Okafor, who led the trial, said: “This could be life-changing for "
             "people who lose half of every month to migraine.”\n\n"
             "But she warned: “We need longer studies before anyone calls it a cure.”\n\n"
             "Several patients on the drug stopped treatment because of liver problems.\n\n"
             "The trial was funded by the drug's maker, Quenby Pharma, which was also involved in analysing the "
             "data.\n\n"
             "Migraine is the country's second most common cause of days lost to illness, according to the health "
             "ministry.",
     "edges": [e("A twice-yearly jab halves the number of days that people with chronic migraine suffer attacks", _T12,
                 "A twice-yearly injection cut the number of migraine days by about half", "relay", ["hedge"]),
               e("blocks a protein that inflames nerves around the brain", _T12,
                 "the drug probably works by blocking a protein that inflames nerves around the brain", "relay",
                 ["hedge"]),
               e("It also cuts the need for painkillers", _T12, "it may also reduce the need for painkillers", "relay",
                 ["hedge", "source"]),
               e("This could be life-changing for people who lose half of every month to migraine", _T12,
                 "For people who lose half of every month to migraine, this could be "
                 "life-changing", "relay", ["quote"]),
               e("We need longer studies before anyone calls it a cure", _T12,
                 "we need longer studies before anyone calls it a cure"),
               e("Several patients on the drug stopped treatment because of liver problems", _T12,
                 "at least 14 patients on the drug stopped treatment because of raised liver enzymes", "relay",
                 ["number", "headline"]),
               e("which was also involved in analysing the data", _T12,
                 "denied that it had any role in analysing the data", "relay", ["stance"])]},
    {"id": "vestrand-dagblad-tessoprant", "outlet": "Vestrand Dagblad (English edition)",
     "url": "https://vestranddagblad.example/en/health/2026/11/13/quenby-migraine-drug-approval",
     "date": "2026-11-13", "title": "Quenby migraine drug halves attacks, will seek EU approval",
     "text": "OSTHAVN - The pharmaceutical company Quenby Pharma will apply next year for European approval of its "
             "migraine "
             "drug tessoprant, after a study showed that the drug reduces migraine days by about half, reports the "
             "Northern Journal of Medicine.\n\n"
             "In the study with 1,240 patients, people who received the drug had 7.8 fewer days with migraine each "
             "month. "
             "With placebo, the number was 3.1 days.\n\n"
             "According to lead researcher Hanna Okafor, the drug “can change lives for people who lose half of every "
             "month to migraine”.\n\n"
             "14 patients ended the treatment because of elevated liver values, writes the journal.\n\n"
             "Quenby, which financed the study, acknowledges that it took part in the analysis of the data.\n\n"
             "The treatment will probably cost around 3,000 euros per year for each patient. In Vestrand, the health "
             "insurance fund has not yet taken a position on whether it will pay.\n\n"
             "This article was translated from Norrish by the Vestrand Dagblad English desk.",
     "edges": [e("will apply next year for European approval", _T12, "expected to apply for approval in Europe next "
                                                                     "year",
                 "relay", ["hedge"]),
               e("the drug reduces migraine days by about half", _T12,
                 "cut the number of migraine days by about half", "relay", ["headline"]),
               e("people who received the drug had 7.8 fewer days with migraine each month. With placebo, the number "
                 "was "
                 "3.1 days", _T12,
                 "had on average 7.8 fewer migraine days a month after six months, compared with 3.1 fewer days for "
                 "those "
                 "given a placebo"),
               e("can change lives for people who lose half of every month to migraine", _T12,
                 "For people who lose half of every month to migraine, this could be "
                 "life-changing", "relay", ["quote"]),
               e("14 patients ended the treatment because of elevated liver values", _T12,
                 "at least 14 patients on the drug stopped treatment because of raised liver enzymes", "relay",
                 ["number"]),
               e("acknowledges that it took part in the analysis of the data", _T12,
                 "denied that it had any role in analysing the data", "relay", ["stance"]),
               e("The treatment will probably cost around 3,000 euros per year for each patient", _T12,
                 "the treatment would likely cost about 3,000 euros a year per patient")]},
    {"id": "northgate-business-quenby", "outlet": "Northgate Business Daily",
     "url": "https://northgatebusiness.example/companies/2026/11/13/quenby-shares-migraine",
     "date": "2026-11-13", "title": "Quenby shares jump as migraine drug halves attacks",
     "text": "Shares in Quenby Pharma rose 11 per cent on Thursday after a trial of its migraine injection tessoprant "
             "showed "
             "it cut migraine days by about half.\n\n"
             "Analysts at Fenwick Securities said the drug could reach annual sales of 1.5 billion euros by 2031 if "
             "approved.\n\n"
             "Quenby has said it will apply for European approval next year and that the drug will cost about 3,000 "
             "euros "
             "a year per patient.\n\n"
             "The company funded the trial but said the analysis was done entirely by the independent academic team, "
             "according to a release from the Northern Journal of Medicine.\n\n"
             "Investors were less focused on the 14 patients who dropped out with raised liver enzymes, though Fenwick "
             "said the liver signal was “the one thing that could slow approval”.",
     "edges": [e("it cut migraine days by about half", _T12, "cut the number of migraine days by about half", "relay",
                 ["headline"]),
               e("it will apply for European approval next year", _T12,
                 "expected to apply for approval in Europe next year", "relay", ["hedge"]),
               e("the drug will cost about 3,000 euros a year per patient", _T12,
                 "the treatment would likely cost about 3,000 euros a year per patient", "relay", ["hedge"]),
               e("the analysis was done entirely by the independent academic team", _T12,
                 "The analysis was carried out entirely by the independent academic team", "relay", ["source"]),
               e("the 14 patients who dropped out with raised liver enzymes", _T12,
                 "at least 14 patients on the drug stopped treatment because of raised liver enzymes", "relay",
                 ["number"])]},
    {"id": "radio-lind-tessoprant", "outlet": "Radio Lind",
     "url": "https://radiolind.example/health-hour/2026/11/12/okafor-migraine-injection",
     "date": "2026-11-12", "title": "Migraine jab could be available within two years, says Lindbury scientist",
     "text": "The scientist who led a major trial of a new migraine injection says she expects it to be available to "
             "patients within two years.\n\n"
             "Professor Hanna Okafor, of the Lindbury Institute of Neurology, told The Health Hour that the results "
             "published today in the Northern Journal of Medicine were the strongest she had seen in 20 years of "
             "migraine "
             "research.\n\n"
             "“I had patients in tears at their six-month appointment because they had got their lives back,” she "
             "said.\n\n"
             "The trial of more than 1,400 adults found that the twice-yearly injection cut migraine days by about "
             "half.\n\n"
             "Professor Okafor said the injection was the closest thing to a cure that migraine patients had yet been "
             "offered.\n\n"
             "The drug's maker, Quenby Pharma, which paid for the study, says it expects to seek approval in Europe "
             "next "
             "year.\n\n"
             "The Health Hour is on Radio Lind every weekday at noon.",
     "edges": [e("The trial of more than 1,400 adults found that the twice-yearly injection cut migraine days by about "
                 "half", _T12,
                 "A twice-yearly injection cut the number of migraine days by about half in a trial of 1,240 adults",
                 "relay", ["number"]),
               e("the injection was the closest thing to a cure that migraine patients had yet been offered", _T12,
                 "But we need longer studies before anyone calls it a cure", "relay", ["stance"]),
               e("it expects to seek approval in Europe next year", _T12,
                 "it expected to apply for approval in Europe next year")]},
    {"id": "lindbury-gazette-tessoprant", "outlet": "Lindbury Gazette",
     "url": "https://lindburygazette.example/news/2026/11/13/migraine-jab-within-two-years",
     "date": "2026-11-13", "title": "Migraine jab will be in use 'within two years'",
     "text": "A new migraine injection tested by a Lindbury team could be in use within two years, the scientist who "
             "led "
             "the trial has said.\n\n"
             "Professor Hanna Okafor told Radio Lind's The Health Hour that the results were the best she had seen in "
             "two "
             "decades of research.\n\n"
             "“Patients were in tears at their six-month check because they had their lives back,” she told the "
             "programme.\n\n"
             "The injection halved migraine days in the trial.\n\n"
             "The Lindbury Institute of Neurology employs about 300 people at its site on Carden Road.",
     "edges": [e("could be in use within two years", "radio-lind-tessoprant",
                 "she expects it to be available to patients within two years", "relay", ["hedge", "headline"]),
               e("the results were the best she had seen in two decades of research", "radio-lind-tessoprant",
                 "the results published today in the Northern Journal of Medicine were the strongest she had seen in "
                 "20 "
                 "years of migraine research"),
               e("Patients were in tears at their six-month check because they had their lives back",
                 "radio-lind-tessoprant",
                 "I had patients in tears at their six-month appointment because they had got their lives "
                 "back", "relay",
                 ["quote"]),
               e("The injection halved migraine days in the trial", "radio-lind-tessoprant",
                 "the twice-yearly injection cut migraine days by about half", "relay", ["hedge"])]},
    {"id": "clearwater-review-tessoprant", "outlet": "The Clearwater Review",
     "url": "https://clearwaterreview.example/opinion/2026/11/16/migraine-breakthrough-sceptical-eye",
     "date": "2026-11-16", "title": "Another migraine breakthrough deserves a sceptical eye",
     "text": "Every few years a migraine treatment is hailed as a breakthrough. This week it was the turn of "
             "tessoprant, a "
             "twice-yearly injection that cut migraine days by about half in a trial of 1,240 adults.\n\n"
             "The results are genuinely encouraging. But the trial lasted six months, too short to rule out rarer side "
             "effects.\n\n"
             "The trial was funded by the drug's maker, which is hardly unusual, and the company says the analysis was "
             "carried out by an independent academic team.\n\n"
             "The drug works by blocking a protein that inflames nerves around the brain, and it reduces the need for "
             "painkillers.\n\n"
             "Nor will it be cheap. Health services should demand longer "
             "studies before they pay for it.",
     "edges": [e("a twice-yearly injection that cut migraine days by about half in a trial of 1,240 adults",
                 [_T12, "scipress-tessoprant"],
                 "A twice-yearly injection cut the number of migraine days by about half in a trial of 1,240 adults",
                 "pickup"),
               e("The results are genuinely encouraging", _T12, "the results were “genuinely encouraging”", "pickup",
                 ["attribution"]),
               e("too short to rule out rarer side effects", [_T12, "meridian-tessoprant"],
                 "the trial was too short to rule out rarer side effects", "pickup", ["attribution"]),
               e("the company says the analysis was carried out by an independent academic team", _T12,
                 "The analysis was carried out entirely by the independent academic team", "relay", ["source"]),
               e("The drug works by blocking a protein that inflames nerves around the brain", _T12,
                 "the drug probably works by blocking a protein that inflames nerves around the brain", "pickup",
                 ["hedge", "attribution"]),
               e("it reduces the need for painkillers", _T12, "it may also reduce the need for painkillers", "pickup",
                 ["hedge", "attribution"])]},
    {"id": "lindbury-times-clinic", "outlet": "The Lindbury Times",
     "url": "https://lindburytimes.example/health/2026/11/20/headache-clinic-waiting-lists",
     "date": "2026-11-20", "title": "Headache clinic waits reach 14 months",
     "text": "Patients referred to specialist headache clinics are waiting an average of 14 months for a first "
             "appointment, "
             "figures obtained by the Lindbury Times show.\n\n"
             "The longest waits were in the eastern health district, where 2,310 people were on the list in "
             "October.\n\n"
             "“People are losing jobs while they wait,” said Grace Amadi of the patient group Migraine Voices. “New "
             "medicines are no use if nobody can see a specialist to prescribe them.”\n\n"
             "The health ministry said it would fund six additional neurology training posts from next September.",
     "edges": []},

    # the charity investigation: a sister paper's whole copy, a national paper, a regional radio station's web story
    # with
    # its own interview, a charity trade site relaying that interview (second hop), a tabloid, a local news site
    # relaying
    # the national paper (second hop), an uncredited column, two distractors
    {"id": "northshore-observer-brightwell", "outlet": "The Northshore Observer",
     "url": "https://northshoreobserver.example/news/2026/11/18/brightwell-trust-investigation",
     "date": "2026-11-18", "title": "Charity chief's brother-in-law paid 2.3m as staff who asked questions were pushed "
                                    "out",
     "text": "This article first appeared in our sister title, the Harbour Chronicle.\n\n" + _BRIGHT,
     "edges": [e("Less than a third of the money raised by the children's charity Brightwell Trust over the past three "
                 "years reached the projects it funds", _B12,
                 "Less than a third of the money raised by the children's charity Brightwell Trust over the past three "
                 "years reached the projects it funds", "copy"),
               e("it raised about 18.4 million euros between 2023 and 2025, of which 5.7 million euros was spent on "
                 "grants "
                 "to children's projects", _B12,
                 "it raised about 18.4 million euros between 2023 and 2025, of which 5.7 million euros was spent on "
                 "grants "
                 "to children's projects", "copy"),
               e("At least 2.3 million euros in consultancy fees was paid to Calder Lane Advisory", _B12,
                 "At least 2.3 million euros in consultancy fees was paid to Calder Lane Advisory", "copy"),
               e("is the brother-in-law of Brightwell's chief executive, Diane Roe", _B12,
                 "is the brother-in-law of Brightwell's chief executive, Diane Roe", "copy"),
               e("staff who questioned the payments were sidelined or pushed out", _B12,
                 "staff who questioned the payments were sidelined or pushed out", "copy", ["headline"]),
               e("It was an open secret that the money was going in the wrong direction", _B12,
                 "It was an open secret that the money was going in the wrong direction", "copy"),
               e("Ms Roe denied any wrongdoing", _B12, "Ms Roe denied any wrongdoing", "copy"),
               e("Every contract was approved by the board and declared in our accounts", _B12,
                 "Every contract was approved by the board and declared in our accounts", "copy"),
               e("was likely to open a formal inquiry, although it could not yet confirm one", _B12,
                 "was likely to open a formal inquiry, although it could not yet confirm one", "copy"),
               e("Brightwell has never put family before children", _B12,
                 "Brightwell has never put family before children", "copy"),
               e("the figures “would ring alarm bells at any charity of this size”", _B12,
                 "the figures “would ring alarm bells at any charity of this size”", "copy"),
               e("supports about 40 youth clubs and holiday schemes", _B12,
                 "supports about 40 youth clubs and holiday schemes", "copy")]},
    {"id": "capital-herald-brightwell", "outlet": "The Capital Herald",
     "url": "https://capitalherald.example/uk/2026/11/19/regulator-brightwell-inquiry",
     "date": "2026-11-19", "title": "Regulator to investigate Brightwell Trust over consultancy payments",
     "text": "The charity regulator is to open a formal inquiry into the Brightwell Trust after a newspaper "
             "investigation "
             "found that millions of euros had been paid to a consultancy run by a relative of its chief executive.\n\n"
             "The Harbour Chronicle reported on Wednesday that at least 2.3 million euros in consultancy fees went to "
             "Calder "
             "Lane Advisory, whose sole director, Simon Varga, is married to the sister of chief executive Diane "
             "Roe.\n\n"
             "A former employee told the Chronicle that staff who questioned the payments had been forced out.\n\n"
             "Ms Roe has denied wrongdoing, saying every contract was approved by the board.\n\n"
             "“These figures would set alarm bells ringing at any charity this size,” Martin Oduya, a former head of "
             "audit "
             "at the regulator, told the Chronicle.\n\n"
             "Brightwell's chair, Sir Alan Petrie, did not respond to requests for comment on Thursday. A spokesperson "
             "for "
             "the charity said the board would meet on Monday.",
     "edges": [e("The charity regulator is to open a formal inquiry into the Brightwell Trust", _B12,
                 "was likely to open a formal inquiry, although it could not yet confirm one", "relay", ["hedge"]),
               e("at least 2.3 million euros in consultancy fees went to Calder Lane Advisory", _B12,
                 "At least 2.3 million euros in consultancy fees was paid to Calder Lane Advisory"),
               e("whose sole director, Simon Varga, is married to the sister of chief executive Diane Roe", _B12,
                 "a firm whose sole director, Simon Varga, is the brother-in-law of Brightwell's chief executive"),
               e("A former employee told the Chronicle that staff who questioned the payments had been forced "
                 "out", _B12,
                 "Four former employees told the Chronicle that staff who questioned the payments were sidelined or "
                 "pushed "
                 "out", "relay", ["source"]),
               e("Ms Roe has denied wrongdoing", _B12, "Ms Roe denied any wrongdoing"),
               e("every contract was approved by the board", _B12,
                 "Every contract was approved by the board and declared in our accounts"),
               e("These figures would set alarm bells ringing at any charity this size", _B12,
                 "the figures “would ring alarm bells at any charity of this size”", "relay", ["quote"])]},
    {"id": "north-coast-radio-brightwell", "outlet": "North Coast Radio",
     "url": "https://northcoastradio.example/news/2026/11/19/brightwell-roe-nothing-to-hide",
     "date": "2026-11-19", "title": "Brightwell boss: 'I have nothing to hide'",
     "text": "A children's charity which supports youth clubs across the north spent less than a third of the money it "
             "raised on the projects it funds, according to an investigation by the Harbour Chronicle.\n\n"
             "Former staff told the newspaper that at least 2.3 million euros had gone to a consultancy firm whose "
             "director is related to "
             "the charity's chief executive, Diane Roe.\n\n"
             "Ms Roe told North Coast Radio's Morning Programme on Thursday that she had “nothing to hide”. “I'd ask "
             "people to read our accounts, not the headlines,” she said.\n\n"
             "In a statement, Ms Roe said Brightwell had “never put family before the children”.\n\n"
             "The charity regulator says it is aware of concerns but has no plans for an inquiry.\n\n"
             "Brightwell funds more than 40 youth clubs and holiday schemes in the region, including the Dockside "
             "Youth "
             "Project in Harbourtown.",
     "edges": [e("spent less than a third of the money it raised on the projects it funds", _B12,
                 "Less than a third of the money raised by the children's charity Brightwell Trust over the past three "
                 "years reached the projects it funds"),
               e("Former staff told the newspaper that at least 2.3 million euros had gone to a consultancy firm whose "
                 "director is related to the charity's chief executive", _B12,
                 "At least 2.3 million euros in consultancy fees was paid to Calder Lane "
                 "Advisory", "relay", ["source"]),
               e("never put family before the "
                 "children", _B12, "Brightwell has never put family before children", "relay",
                 ["quote"]),
               e("The charity regulator says it is aware of concerns", _B12,
                 "The charity regulator said it was “aware of concerns”"),
               e("has no plans for an inquiry", _B12, "was likely to open a formal inquiry", "relay", ["stance"]),
               e("funds more than 40 youth clubs and holiday schemes", _B12,
                 "supports about 40 youth clubs and holiday schemes", "relay", ["number"])]},
    {"id": "third-sector-today-brightwell", "outlet": "Third Sector Today",
     "url": "https://thirdsectortoday.example/governance/2026/11/20/brightwell-roe-read-our-accounts",
     "date": "2026-11-20", "title": "Brightwell chief: read our accounts, not the headlines",
     "text": "Brightwell Trust chief executive Diane Roe has defended the charity after a newspaper investigation into "
             "its "
             "spending.\n\n"
             "“People should read our accounts rather than the headlines,” Roe told North Coast Radio on Thursday.\n\n"
             "The Harbour Chronicle reported that less than a third of the 18.4 million euros Brightwell raised "
             "between "
             "2023 and 2025 reached the projects it funds.\n\n"
             "Martin Oduya, a former head of audit at the charity regulator, told the Chronicle the figures would "
             "worry "
             "any charity of this size.\n\n"
             "The regulator has confirmed that it is opening a formal inquiry.\n\n"
             "The Fundraising Standards Board's code asks charities to publish the share of income spent on their "
             "charitable purposes, but compliance is voluntary.",
     "edges": [e("People should read our accounts rather than the headlines", "north-coast-radio-brightwell",
                 "I'd ask people to read our accounts, not the headlines", "relay", ["quote"]),
               e("less than a third of the 18.4 million euros Brightwell raised between 2023 and 2025 reached the "
                 "projects "
                 "it funds", _B12,
                 "Less than a third of the money raised by the children's charity Brightwell Trust over the past three "
                 "years reached the projects it funds"),
               e("the 18.4 million euros Brightwell raised between 2023 and 2025", _B12,
                 "it raised about 18.4 million euros between 2023 and 2025"),
               e("the figures would worry any charity of this size", _B12,
                 "the figures “would ring alarm bells at any charity of this size”", "relay", ["quote"]),
               e("The regulator has confirmed that it is opening a formal inquiry", _B12,
                 "was likely to open a formal inquiry, although it could not yet confirm one", "relay",
                 ["hedge", "stance"])]},
    {"id": "daily-clarion-brightwell", "outlet": "The Daily Clarion",
     "url": "https://dailyclarion.example/news/2026/11/19/charity-boss-family-pockets-millions",
     "date": "2026-11-19", "title": "CHARITY BOSS'S FAMILY POCKETS 2.5M OF KIDS' CASH",
     "text": "The boss of a kids' charity handed millions of euros of donors' cash to her own brother-in-law's firm, "
             "it "
             "emerged last night.\n\n"
             "Diane Roe's Brightwell Trust paid 2.5 million euros to Calder Lane Advisory, run by her sister's husband "
             "Simon Varga.\n\n"
             "Just 5.7 million of the 18.4 million euros it raked in went to children.\n\n"
             "Staff who dared to ask questions were sidelined or pushed out.\n\n"
             "Roe has admitted that the payments were never put before the board.\n\n"
             "One ex-worker fumed: “Everyone knew the money was going the wrong way.”\n\n"
             "The charity watchdog has refused to launch an investigation.\n\n"
             "Last night donors were demanding their money back.",
     "edges": [e("handed millions of euros of donors' cash to her own brother-in-law's firm", _B12,
                 "At least 2.3 million euros in consultancy fees was paid to Calder Lane Advisory", "relay",
                 ["headline"]),
               e("paid 2.5 million euros to Calder Lane Advisory", _B12,
                 "At least 2.3 million euros in consultancy fees was paid to Calder Lane "
                 "Advisory", "relay", ["number"]),
               e("run by her sister's husband Simon Varga", _B12,
                 "a firm whose sole director, Simon Varga, is the brother-in-law of Brightwell's chief executive"),
               e("Just 5.7 million of the 18.4 million euros it raked in went to children", _B12,
                 "it raised about 18.4 million euros between 2023 and 2025, of which 5.7 million euros was spent on "
                 "grants "
                 "to children's projects"),
               e("Staff who dared to ask questions were sidelined or pushed out", _B12,
                 "staff who questioned the payments were sidelined or pushed out", "relay", ["attribution"]),
               e("Roe has admitted that the payments were never put before the board", _B12,
                 "Every contract was approved by the board and declared in our accounts", "relay", ["stance"]),
               e("Everyone knew the money was going the wrong way", _B12,
                 "It was an open secret that the money was going in the wrong direction", "relay", ["quote"]),
               e("The charity watchdog has refused to launch an investigation", _B12,
                 "was likely to open a formal inquiry, although it could not yet confirm one", "relay", ["stance"])]},
    {"id": "harbourtown-mercury-brightwell", "outlet": "Harbourtown Mercury",
     "url": "https://harbourtownmercury.example/local/2026/11/20/youth-clubs-fear-for-funding",
     "date": "2026-11-20", "title": "Harbourtown youth clubs fear for Brightwell funding",
     "text": "Youth club leaders in Harbourtown say they are worried about their funding after this week's reports "
             "about the "
             "Brightwell Trust.\n\n"
             "The Capital Herald reported on Thursday that the charity regulator would investigate the charity, which "
             "paid "
             "at least 2.3 million euros to a consultancy run by a relative of its chief executive.\n\n"
             "According to the Herald, staff who questioned the payments were forced out.\n\n"
             "“We get 40,000 euros a year from Brightwell. Without it, we close,” said Kelly Marr, who runs the "
             "Dockside "
             "Youth Project.",
     "edges": [e("the charity regulator would investigate the charity", "capital-herald-brightwell",
                 "The charity regulator is to open a formal inquiry into the Brightwell Trust"),
               e("paid at least 2.3 million euros to a consultancy run by a relative of its chief executive",
                 "capital-herald-brightwell",
                 "at least 2.3 million euros in consultancy fees went to Calder Lane Advisory"),
               e("staff who questioned the payments were forced out", "capital-herald-brightwell",
                 "A former employee told the Chronicle that staff who questioned the payments had been forced out",
                 "relay", ["source"])]},
    {"id": "civic-standard-brightwell", "outlet": "The Civic Standard",
     "url": "https://civicstandard.example/comment/2026/11/22/brightwell-charity-boards",
     "date": "2026-11-22", "title": "Brightwell shows why charity boards must be braver",
     "text": "Donors give to children's charities because they want to help children. At the Brightwell Trust, less "
             "than "
             "a third of the money raised over three years reached the projects it funds.\n\n"
             "At least 2.3 million euros in consultancy fees went to a firm run by the chief executive's "
             "brother-in-law, and "
             "staff who questioned the payments were sidelined or pushed out.\n\n"
             "Where was the board while this went on?\n\n"
             "The regulator is likely to open a formal inquiry. It should not stop at Brightwell.",
     "edges": [e("less than a third of the money raised over three years reached the projects it funds",
                 [_B12, "northshore-observer-brightwell"],
                 "Less than a third of the money raised by the children's charity Brightwell Trust over the past three "
                 "years reached the projects it funds", "pickup"),
               e("At least 2.3 million euros in consultancy fees went to a "
                 "firm", [_B12, "northshore-observer-brightwell"],
                 "At least 2.3 million euros in consultancy fees was paid to Calder Lane Advisory", "pickup"),
               e("a firm run by the chief executive's brother-in-law", [_B12, "northshore-observer-brightwell"],
                 "is the brother-in-law of Brightwell's chief executive, Diane Roe", "pickup"),
               e("staff who questioned the payments were sidelined or pushed "
                 "out", [_B12, "northshore-observer-brightwell"],
                 "staff who questioned the payments were sidelined or pushed out", "pickup", ["attribution"]),
               e("The regulator is likely to open a formal inquiry", [_B12, "northshore-observer-brightwell"],
                 "was likely to open a formal inquiry", "pickup", ["attribution"])]},
    {"id": "capital-herald-giving", "outlet": "The Capital Herald",
     "url": "https://capitalherald.example/money/2026/11/24/charitable-giving-survey",
     "date": "2026-11-24", "title": "Charitable giving falls for second year as households feel squeeze",
     "text": "The amount given to charity by households fell by about 4 per cent last year, the second annual fall in "
             "a row, "
             "according to a survey by the Giving Research Centre.\n\n"
             "Donations to children's and youth charities held up better than average, falling by 1.5 per cent, while "
             "animal charities saw the steepest drop.\n\n"
             "“People are still generous, but they are choosing more carefully and asking more questions,” said the "
             "centre's director, Owen Tull.\n\n"
             "The survey of 6,200 adults found that 38 per cent had checked a charity's accounts or website before "
             "giving, "
             "up from 29 per cent in 2022.",
     "edges": []},
    {"id": "third-sector-today-related-party", "outlet": "Third Sector Today",
     "url": "https://thirdsectortoday.example/finance/2026/11/25/related-party-contracts-guidance",
     "date": "2026-11-25", "title": "Accountants to tighten guidance on charities' related-party contracts",
     "text": "The Institute of Charity Accountants will publish tougher guidance on contracts between charities and "
             "firms "
             "linked to their trustees or senior staff early next year, its chief executive said on Wednesday.\n\n"
             "Naomi Fairweather said the guidance would recommend that any such contract worth more than 50,000 euros "
             "be "
             "put out to open tender and approved by independent trustees.\n\n"
             "“Most charities handle this well. The ones that don't do enormous damage to public trust,” she said.\n\n"
             "The institute said it had consulted 140 charities and 12 audit firms on the draft.",
     "edges": []},
]

_HALLORN = ("BRENSTAD POLICE\nNews release\nAppeal after gold reliquary stolen from Hallorn Museum\n3 November 2026\n\n"
            "Detectives are appealing for witnesses after a 15th-century gold reliquary and 27 silver coins were stolen "
            "from the Hallorn Museum in Brenstad in the early hours of Monday 2 November.\n\n"
            "Officers were called to the museum on Kastell Street at about 3.40am after an alarm sounded. Two men are "
            "believed to have climbed onto the roof, entered through a skylight and left less than six minutes "
            "later.\n\n"
            "“This was a fast, carefully planned burglary by people who knew exactly what they were looking for,” said "
            "Detective Inspector Miriam Castell, who is leading the investigation. “Someone knows who these men are, and "
            "I would urge them to do the right thing and call us.”\n\n"
            "The reliquary, known as the Orsolya Shrine, is insured for about 4.2 million euros, according to the "
            "museum, but its director, Tobias Renn, has told officers that its value to the city cannot be measured in "
            "money.\n\n"
            "Detectives think the men may have visited the museum as ordinary visitors in the days before the burglary "
            "to study the gallery, and are going through CCTV footage from the past three weeks.\n\n"
            "A grey van seen leaving Kastell Street at about 3.50am was found burnt out later that morning on a farm "
            "track near Ostby. Officers believe it was probably used in the burglary.\n\n"
            "A 41-year-old man from Brenstad was arrested on Monday evening on suspicion of handling stolen goods and "
            "has been released on bail. Detectives have not yet established whether he was involved in the burglary "
            "itself.\n\n"
            "There is currently no evidence to link the burglary to the theft of silverware from Dalsund Castle in "
            "March, DI Castell said.\n\n"
            "A security guard who was on duty in the building was not hurt. The museum will remain closed until at "
            "least Friday.\n\n"
            "Anyone with information is asked to call 101 quoting crime reference 44/9137, or contact Crimestoppers "
            "anonymously. A reward of up to 50,000 euros has been offered by the museum's insurers for information "
            "leading to the recovery of the items.")

_CARROW = ("CARROW TRANSMISSION - Media centre\nStatement on the power outage of Saturday 14 November\n"
           "15 November 2026\n\n"
           "About 410,000 homes and businesses across Sellany lost power on Saturday afternoon after a fault at our "
           "Brackmoor substation.\n\n"
           "The fault, at 4.12pm, caused two power stations, Fenwick and Orla Bay, to disconnect automatically from "
           "the grid, taking about 1,350 megawatts of generation off the system within seconds.\n\n"
           "Our initial investigation indicates that the fault was most likely caused by the failure of a bushing on "
           "one of the substation's three main transformers. The transformer was installed in 1994 and passed its "
           "last full inspection in April.\n\n"
           "“I want to apologise to every household and business that was left without power on Saturday,” said "
           "chief executive Annika Dahl. “Our grid is designed to cope with the loss of one large power station. It "
           "is not designed to lose two in the same second, and we need to understand why that happened.”\n\n"
           "Power was restored to about 90 per cent of affected customers within two hours, and to all customers by "
           "9.20pm.\n\n"
           "There is no evidence that the outage was caused by a cyberattack, and the weather was not a factor.\n\n"
           "We have notified the Energy Regulation Authority and will publish a preliminary report within two weeks. "
           "An independent engineering firm, Strand & Voss, has been appointed to review why the protection systems "
           "at Fenwick and Orla Bay tripped both stations.\n\n"
           "Brackmoor substation is operating safely on its two remaining transformers. Replacing the damaged unit "
           "could take up to eight months.\n\n"
           "Households that were without power for more than three hours may be entitled to a payment of 60 euros "
           "from their local network operator.\n\n"
           "About Carrow Transmission: Carrow Transmission owns and operates 4,800 kilometres of high-voltage lines "
           "and 86 substations across Sellany and the Vessel Islands. Media enquiries: press@carrowtransmission.example")

_SKARRA = ("TOLVIK, Nov 20 (Tidewire) - Countries fishing the Skarra Sea agreed on Friday to cut next year's cod catch "
           "by 22 per cent, a smaller cut than their own scientists had called for, after four days of talks in "
           "Tolvik.\n\n"
           "The deal sets the 2027 cod quota at 118,000 tonnes, down from 151,000 tonnes this year. The herring quota "
           "will rise by 8 per cent, officials from the Skarra Sea Fisheries Council said.\n\n"
           "The council's scientific committee had advised a cut of at least 35 per cent, warning that the spawning "
           "stock was close to the level below which it might not recover.\n\n"
           "“We have taken a difficult decision that protects both the fish and the people whose living depends on "
           "them,” said council chair Greta Lindahl, Varland's fisheries minister.\n\n"
           "Two delegates who took part in the talks, speaking on condition of anonymity because the negotiations were "
           "private, said the Varland and Ostmark delegations had blocked a deeper cut, arguing that coastal "
           "communities could not absorb it.\n\n"
           "Ostmark's delegation denied that it had blocked a deeper cut. “We argued for the science and for our "
           "fishermen, and we do not apologise for either,” its head, Piet Hoorn, told reporters.\n\n"
           "The Coastal Fishermen's Federation said the cut would cost at least 1,900 jobs on boats and in processing "
           "plants. Its chairman, Ronan Keel, called the deal “painful but survivable”.\n\n"
           "Environmental group Blue Skarra said the council had ignored its own scientists. “This is how fisheries "
           "collapse: one small compromise at a time,” said its director, Leona Vick.\n\n"
           "The council said fishing boats would likely be required to carry cameras from 2028 to monitor discards, "
           "and that it would consider closing the Hessel Bank spawning grounds to trawlers next year.\n\n"
           "Cod catches in the Skarra Sea have fallen by about two thirds since 2000, according to council figures.\n\n"
           "(Reporting by Selma Nyland; editing by Tom Ashby)")

_COMPASS_HALLORN = ("BRENSTAD, Nov 3 (Compass Wire) - Thieves stole a 15th-century gold reliquary and 27 silver coins "
                    "from the Hallorn Museum in Brenstad early on Monday after climbing in through a skylight, police "
                    "said on Tuesday.\n\n"
                    "The two men were inside the building for less than six minutes, police believe.\n\n"
                    "The reliquary, known as the Orsolya Shrine, is insured for about 4.2 million euros, police "
                    "said.\n\n"
                    "A grey van seen near the museum was later found burnt out near the village of Ostby and was "
                    "probably used by the thieves, according to police.\n\n"
                    "The Hallorn, which holds one of the largest collections of medieval church silver in northern "
                    "Europe, was last burgled in 1979.\n\n"
                    "(Reporting by Nils Harstad; editing by Clare Dunmore)")

_M13, _G13, _F13 = "brenstad-police-hallorn-appeal", "carrow-brackmoor-outage-statement", "tidewire-skarra-cod-quota"
_CARROW_PARAS = _CARROW.split("\n\n")
_SKARRA_PARAS = _SKARRA.split("\n\n")

HELD_OUT_13 = [
    # origins written for this set: a police force's appeal after a museum theft (a detective inspector, the museum's
    # figures, hedged beliefs, an arrest, a denied link to another theft), a grid operator's statement on a regional
    # power outage (a chief executive, a hedged cause, figures, a denied cyberattack) and a wire report on a fishing
    # quota deal (a council chair, anonymous delegates, a delegation's denial, an industry body, campaigners, hedges)
    {"id": _M13, "outlet": "Brenstad Police",
     "url": "https://brenstadpolice.example/news/2026/11/03/appeal-hallorn-museum-burglary",
     "date": "2026-11-03", "title": "Appeal after gold reliquary stolen from Hallorn Museum",
     "text": _HALLORN, "edges": []},
    {"id": _G13, "outlet": "Carrow Transmission",
     "url": "https://carrowtransmission.example/media/2026/11/15/statement-power-outage-14-november",
     "date": "2026-11-15", "title": "Statement on the power outage of Saturday 14 November",
     "text": _CARROW, "edges": []},
    {"id": _F13, "outlet": "Tidewire",
     "url": "https://tidewire.example/world/2026/11/20/skarra-sea-cod-quota-cut-22-percent",
     "date": "2026-11-20", "title": "Skarra Sea cod quota cut by 22% as talks end in Tolvik",
     "text": _SKARRA, "edges": []},

    # the museum theft: a wire story, the wire story republished whole by a local paper, a city paper with its own
    # interview with the director, a national paper relaying that interview (second hop), a tabloid, an uncredited
    # trade page, a neighbouring city's paper in English, two distractors
    {"id": "compass-wire-hallorn", "outlet": "Compass Wire",
     "url": "https://compasswire.example/world/2026/11/03/brenstad-museum-gold-reliquary-stolen",
     "date": "2026-11-03", "title": "Gold reliquary and silver coins stolen from Brenstad museum",
     "text": _COMPASS_HALLORN,
     "edges": [e("stole a 15th-century gold reliquary and 27 silver coins from the Hallorn Museum in Brenstad early on "
                 "Monday", _M13,
                 "a 15th-century gold reliquary and 27 silver coins were stolen from the Hallorn Museum in Brenstad in "
                 "the early hours of Monday"),
               e("after climbing in through a skylight", _M13,
                 "Two men are believed to have climbed onto the roof, entered through a skylight", "relay", ["hedge"]),
               e("The two men were inside the building for less than six minutes, police believe", _M13,
                 "entered through a skylight and left less than six minutes later"),
               e("is insured for about 4.2 million euros, police said", _M13,
                 "is insured for about 4.2 million euros, according to the museum", "relay", ["source"]),
               e("A grey van seen near the museum was later found burnt out near the village of Ostby", _M13,
                 "A grey van seen leaving Kastell Street at about 3.50am was found burnt out later that morning on a "
                 "farm track near Ostby"),
               e("was probably used by the thieves, according to police", _M13,
                 "Officers believe it was probably used in the burglary")]},
    {"id": "ostby-gazette-hallorn", "outlet": "Ostby Gazette",
     "url": "https://ostbygazette.example/news/2026/11/03/van-burnt-out-near-ostby-museum-raid",
     "date": "2026-11-03", "title": "Van found burnt out near Ostby was used in museum raid",
     "text": _COMPASS_HALLORN + "\n\nThis story was supplied by Compass Wire.",
     "edges": [e("stole a 15th-century gold reliquary and 27 silver coins from the Hallorn Museum in Brenstad early on "
                 "Monday", "compass-wire-hallorn",
                 "stole a 15th-century gold reliquary and 27 silver coins from the Hallorn Museum in Brenstad early on "
                 "Monday", "copy"),
               e("after climbing in through a skylight", "compass-wire-hallorn",
                 "after climbing in through a skylight", "copy"),
               e("The two men were inside the building for less than six minutes, police believe",
                 "compass-wire-hallorn",
                 "The two men were inside the building for less than six minutes, police believe", "copy"),
               e("is insured for about 4.2 million euros, police said", "compass-wire-hallorn",
                 "is insured for about 4.2 million euros, police said", "copy"),
               e("A grey van seen near the museum was later found burnt out near the village of Ostby",
                 "compass-wire-hallorn",
                 "A grey van seen near the museum was later found burnt out near the village of Ostby", "copy"),
               e("was probably used by the thieves, according to police", "compass-wire-hallorn",
                 "was probably used by the thieves, according to police", "copy", ["headline"])]},
    {"id": "brenstad-evening-news-hallorn", "outlet": "Brenstad Evening News",
     "url": "https://brenstadeveningnews.example/news/2026/11/03/hallorn-director-heartbroken-orsolya-shrine",
     "date": "2026-11-03", "title": "Hallorn director 'heartbroken' after Orsolya Shrine is stolen",
     "text": "The director of the Hallorn Museum says he is “heartbroken” after thieves took the Orsolya Shrine, the "
             "gold reliquary that has been on show in Brenstad for more than 200 years.\n\n"
             "Speaking to the Evening News in the museum's locked entrance hall on Tuesday, Tobias Renn said staff had "
             "arrived on Monday morning to find glass on the gallery floor. “You could see the empty case from the "
             "door. Nobody said a word,” he said.\n\n"
             "Police believe two men got in through a skylight and were gone within ten minutes. Along with the "
             "shrine, 27 silver coins were taken.\n\n"
             "Brenstad Police said the shrine was insured for about 4.2 million euros.\n\n"
             "Mr Renn said the museum's alarms and cameras had all worked. “The system did exactly what it was "
             "supposed to do. The police were here in minutes,” he said.\n\n"
             "Detective Inspector Miriam Castell described the raid as “well planned by people who knew what they "
             "were after”.\n\n"
             "Detectives think the thieves may have come into the museum as ordinary visitors in the days before the "
             "burglary to study the gallery, she said.\n\n"
             "The museum will be closed until at least Friday.",
     "edges": [e("thieves took the Orsolya Shrine", _M13,
                 "a 15th-century gold reliquary and 27 silver coins were stolen from the Hallorn Museum in Brenstad"),
               e("Police believe two men got in through a skylight and were gone within ten minutes", _M13,
                 "entered through a skylight and left less than six minutes later", "relay", ["number"]),
               e("Along with the shrine, 27 silver coins were taken", _M13,
                 "a 15th-century gold reliquary and 27 silver coins were stolen"),
               e("Brenstad Police said the shrine was insured for about 4.2 million euros", _M13,
                 "is insured for about 4.2 million euros, according to the museum", "relay", ["source"]),
               e("described the raid as “well planned by people who knew what they were after”", _M13,
                 "This was a fast, carefully planned burglary by people who knew exactly what they were looking for",
                 "relay", ["quote"]),
               e("Detectives think the thieves may have come into the museum as ordinary visitors in the days before "
                 "the burglary to study the gallery", _M13,
                 "Detectives think the men may have visited the museum as ordinary visitors in the days before the "
                 "burglary to study the gallery"),
               e("The museum will be closed until at least Friday", _M13,
                 "The museum will remain closed until at least Friday")]},
    {"id": "national-ledger-hallorn", "outlet": "The National Ledger",
     "url": "https://nationalledger.example/culture/2026/11/05/hallorn-museum-insists-alarms-worked",
     "date": "2026-11-05", "title": "Hallorn theft: museum insists its alarms worked",
     "text": "The director of the Hallorn Museum in Brenstad has insisted that its security systems worked on the "
             "night a medieval gold reliquary was stolen.\n\n"
             "“The system did exactly what it should. The police were here in minutes,” Tobias Renn told the "
             "Brenstad Evening News.\n\n"
             "The Orsolya Shrine was taken along with 27 silver coins, police said. Officers believe the thieves were "
             "inside for less than five minutes.\n\n"
             "Mr Renn said the burglary had been carried out by people who “knew exactly what they were looking "
             "for”.\n\n"
             "Police said there was nothing so far to connect the raid with the theft of silverware from Dalsund "
             "Castle in March.\n\n"
             "The culture ministry said on Wednesday that it would bring forward a review of security at regional "
             "museums, due to start next spring.",
     "edges": [e("has insisted that its security systems worked on the night", "brenstad-evening-news-hallorn",
                 "Mr Renn said the museum's alarms and cameras had all worked"),
               e("The system did exactly what it should", "brenstad-evening-news-hallorn",
                 "The system did exactly what it was supposed to do", "relay", ["quote"]),
               e("The police were here in minutes", "brenstad-evening-news-hallorn",
                 "The police were here in minutes"),
               e("The Orsolya Shrine was taken along with 27 silver coins, police said", _M13,
                 "a 15th-century gold reliquary and 27 silver coins were stolen from the Hallorn Museum"),
               e("Officers believe the thieves were inside for less than five minutes", _M13,
                 "entered through a skylight and left less than six minutes later", "relay", ["number"]),
               e("Mr Renn said the burglary had been carried out by people who “knew exactly what they were looking "
                 "for”", _M13,
                 "This was a fast, carefully planned burglary by people who knew exactly what they were looking for",
                 "relay", ["source"]),
               e("there was nothing so far to connect the raid with the theft of silverware from Dalsund Castle in "
                 "March", _M13,
                 "There is currently no evidence to link the burglary to the theft of silverware from Dalsund Castle "
                 "in March")]},
    {"id": "daily-flare-hallorn", "outlet": "The Daily Flare",
     "url": "https://dailyflare.example/news/2026/11/04/heist-of-the-century-skylight-gang",
     "date": "2026-11-04", "title": "HEIST OF THE CENTURY: Skylight gang linked to castle silver raid",
     "text": "A ruthless skylight gang snatched a priceless gold shrine worth 5 million euros from a museum in a "
             "lightning raid — and were gone in SIX MINUTES.\n\n"
             "They grabbed the 15th-century Orsolya Shrine and 27 silver coins from the Hallorn Museum in Brenstad "
             "before fleeing in a grey van, which was later found torched near Ostby.\n\n"
             "Cops are probing links to the theft of silverware from Dalsund Castle in March.\n\n"
             "Detective Inspector Miriam Castell said: “This was a slick, well-planned job by people who knew exactly "
             "what they wanted.”\n\n"
             "Museum boss Tobias Renn said: “The shrine is priceless to this city.”\n\n"
             "Insurers have put up a 50,000-euro reward for anyone who helps get the treasures back.\n\n"
             "Local cabbie Dave Morten, 57, said: “Brenstad's a quiet place. Nothing like this ever happens here.”",
     "edges": [e("snatched a priceless gold shrine worth 5 million euros", _M13,
                 "is insured for about 4.2 million euros, according to the museum", "relay",
                 ["number", "attribution"]),
               e("were gone in SIX MINUTES", _M13, "left less than six minutes later", "relay", ["hedge"]),
               e("They grabbed the 15th-century Orsolya Shrine and 27 silver coins from the Hallorn Museum in "
                 "Brenstad", _M13,
                 "a 15th-century gold reliquary and 27 silver coins were stolen from the Hallorn Museum in Brenstad"),
               e("before fleeing in a grey van, which was later found torched near Ostby", _M13,
                 "Officers believe it was probably used in the burglary", "relay", ["hedge"]),
               e("Cops are probing links to the theft of silverware from Dalsund Castle in March", _M13,
                 "There is currently no evidence to link the burglary to the theft of silverware from Dalsund Castle "
                 "in March", "relay", ["stance", "headline"]),
               e("This was a slick, well-planned job by people who knew exactly what they wanted", _M13,
                 "This was a fast, carefully planned burglary by people who knew exactly what they were looking for",
                 "relay", ["quote"]),
               e("The shrine is priceless to this city", _M13,
                 "its value to the city cannot be measured in money", "relay", ["quote"]),
               e("Insurers have put up a 50,000-euro reward", _M13,
                 "A reward of up to 50,000 euros has been offered by the museum's insurers")]},
    {"id": "salesroom-weekly-hallorn", "outlet": "The Salesroom Weekly",
     "url": "https://salesroomweekly.example/crime/2026/11/05/orsolya-shrine-dealers-alert",
     "date": "2026-11-05", "title": "Castle raiders suspected as Orsolya Shrine goes missing",
     "text": "Dealers, auction houses and pawnbrokers are being asked to look out for a 15th-century gold reliquary "
             "and 27 silver coins stolen from the Hallorn Museum in Brenstad on November 2.\n\n"
             "The reliquary, known as the Orsolya Shrine, is a gilded casket about 30cm high, set with garnets and "
             "enamel plaques showing the life of St Orsolya. It is insured for 4.2 million euros, and a reward of up "
             "to 50,000 euros has been offered for information leading to its recovery.\n\n"
             "The thieves were inside the museum for less than six minutes. The raid is thought to be the work of the "
             "same gang that took silverware from Dalsund Castle in March.\n\n"
             "The coins are mostly 16th-century Brenstad thalers, several of them unique, and have been listed with "
             "the Stolen Heritage Register.\n\n"
             "Specialists say an object as well known as the shrine is almost impossible to sell openly and is more "
             "likely to be held for ransom or broken up for its metal.",
     "edges": [e("a 15th-century gold reliquary and 27 silver coins stolen from the Hallorn Museum in Brenstad on "
                 "November 2", _M13,
                 "a 15th-century gold reliquary and 27 silver coins were stolen from the Hallorn Museum in Brenstad in "
                 "the early hours of Monday 2 November", "pickup"),
               e("It is insured for 4.2 million euros", _M13,
                 "is insured for about 4.2 million euros, according to the museum", "pickup", ["attribution"]),
               e("a reward of up to 50,000 euros has been offered for information leading to its recovery", _M13,
                 "A reward of up to 50,000 euros has been offered by the museum's insurers for information leading to "
                 "the recovery of the items", "pickup"),
               e("The thieves were inside the museum for less than six minutes", _M13,
                 "left less than six minutes later", "pickup", ["hedge"]),
               e("The raid is thought to be the work of the same gang that took silverware from Dalsund Castle in "
                 "March", _M13,
                 "There is currently no evidence to link the burglary to the theft of silverware from Dalsund Castle "
                 "in March, DI Castell said", "pickup", ["stance", "attribution", "headline"])]},
    {"id": "dalsund-posten-hallorn", "outlet": "Dalsund Posten (English edition)",
     "url": "https://dalsundposten.example/en/2026/11/04/brenstad-museum-theft-no-link-dalsund-castle",
     "date": "2026-11-04", "title": "Police: no link between Brenstad museum theft and Dalsund Castle",
     "text": "BRENSTAD – A medieval gold reliquary and 27 silver coins have been stolen from the Hallorn Museum in "
             "the neighbouring city of Brenstad, writes the news agency Compass Wire.\n\n"
             "The thieves came in through a skylight in the roof and were inside for under six minutes, the police "
             "believe.\n\n"
             "According to Brenstad Police, there is so far nothing that connects the break-in with the theft of "
             "silver from Dalsund Castle in March.\n\n"
             "The leader of the investigation, Miriam Castell, says on the police's website that the thieves “knew "
             "exactly what they were after”.\n\n"
             "A 41-year-old man was arrested on Monday and is released on bail. The police do not believe that he "
             "took part in the break-in itself.\n\n"
             "Since the theft in March, the castle administration has installed new alarms in all rooms open to the "
             "public.\n\n"
             "This article was translated by Dalsund Posten's English service.",
     "edges": [e("A medieval gold reliquary and 27 silver coins have been stolen from the Hallorn Museum",
                 "compass-wire-hallorn",
                 "stole a 15th-century gold reliquary and 27 silver coins from the Hallorn Museum in Brenstad early on "
                 "Monday"),
               e("The thieves came in through a skylight in the roof and were inside for under six minutes, the police "
                 "believe", _M13,
                 "Two men are believed to have climbed onto the roof, entered through a skylight and left less than "
                 "six minutes later"),
               e("there is so far nothing that connects the break-in with the theft of silver from Dalsund Castle in "
                 "March", _M13,
                 "There is currently no evidence to link the burglary to the theft of silverware from Dalsund Castle "
                 "in March"),
               e("the thieves “knew exactly what they were after”", _M13,
                 "people who knew exactly what they were looking for", "relay", ["quote"]),
               e("A 41-year-old man was arrested on Monday and is released on bail", _M13,
                 "A 41-year-old man from Brenstad was arrested on Monday evening on suspicion of handling stolen goods "
                 "and has been released on bail"),
               e("The police do not believe that he took part in the break-in itself", _M13,
                 "Detectives have not yet established whether he was involved in the burglary itself", "relay",
                 ["stance"])]},
    {"id": "dalsund-posten-chapel-reopens", "outlet": "Dalsund Posten (English edition)",
     "url": "https://dalsundposten.example/en/2026/11/12/dalsund-castle-chapel-reopens",
     "date": "2026-11-12", "title": "Dalsund Castle chapel reopens eight months after silver theft",
     "text": "DALSUND – The chapel at Dalsund Castle opened again to visitors on Thursday, for the first time since "
             "thieves took a chalice, two candlesticks and a processional cross in March.\n\n"
             "The castle foundation has spent 380,000 euros on new alarms, cameras and reinforced display cases, "
             "says its director, Ebba Lund.\n\n"
             "“We were too trusting. That will not happen again,” she says.\n\n"
             "The two candlesticks were found in June in a storage unit in Marsund. Nobody has been charged, and the "
             "chalice and the cross are still missing.\n\n"
             "The chapel will be open from Thursday to Sunday until the end of March.",
     "edges": []},
    {"id": "salesroom-weekly-heritage-claims", "outlet": "The Salesroom Weekly",
     "url": "https://salesroomweekly.example/insurance/2026/11/19/heritage-theft-claims-rise",
     "date": "2026-11-19", "title": "Heritage theft claims up by a third, says specialist insurer",
     "text": "Insurance claims for thefts from museums, churches and historic houses rose by about a third last year, "
             "according to the specialist insurer Calloway Fine Art.\n\n"
             "The average claim was 310,000 euros, and small regional museums were the most frequent targets, the "
             "insurer said in its annual heritage risk review.\n\n"
             "“Roof access is the weak point we see again and again: skylights, service hatches, scaffolding left up "
             "over a weekend,” said Calloway's head of risk, Jonas Weir.\n\n"
             "Fewer than one in five stolen objects were recovered within two years, the review found.",
     "edges": []},

    # the outage statement: a broadcaster's web story with its own interviews, a newswire reprint of the statement, a
    # regional paper's business page, a tabloid, an uncredited trade column, a local paper relaying the broadcaster
    # (second hop), an analyst's blog relaying the statement and the paper, a distractor
    {"id": "sbc-news-brackmoor-blackout", "outlet": "SBC News",
     "url": "https://sbc.example/news/sellany/2026/11/15/blackout-compensation-60-euros",
     "date": "2026-11-15", "title": "Blackout households to get 60 euros, grid operator says",
     "text": "Households left without power in Saturday's blackout will get 60 euros in compensation, the operator of "
             "Sellany's electricity grid has said.\n\n"
             "About 410,000 homes and businesses lost power on Saturday afternoon. Annika Dahl, chief executive of "
             "Carrow Transmission, said she wanted to apologise to everyone who had been left without electricity.\n\n"
             "The company says a fault at its Brackmoor substation, probably caused by a failed part on a "
             "transformer, led two power stations to switch off automatically.\n\n"
             "Energy minister Henrik Sand told SBC News he had ordered the Energy Regulation Authority to hold a full "
             "inquiry. “Four hundred thousand households deserve to know why this happened, and they will,” he "
             "said.\n\n"
             "Speaking on SBC Radio Sellany on Sunday morning, an engineer who works at the Brackmoor substation, who "
             "did not want to be named, said the transformer had been due for replacement in 2024.\n\n"
             "The Energy Regulation Authority says supply was restored to all customers by 9.20pm. Carrow "
             "Transmission says there is no sign of a cyberattack.\n\n"
             "Thousands of people were stuck in lifts and on trains, and traffic lights failed across Port Sellany "
             "during the evening rush.",
     "edges": [e("Households left without power in Saturday's blackout will get 60 euros in compensation", _G13,
                 "Households that were without power for more than three hours may be entitled to a payment of 60 "
                 "euros", "relay", ["hedge", "headline"]),
               e("About 410,000 homes and businesses lost power on Saturday afternoon", _G13,
                 "About 410,000 homes and businesses across Sellany lost power on Saturday afternoon"),
               e("she wanted to apologise to everyone who had been left without electricity", _G13,
                 "I want to apologise to every household and business that was left without power on Saturday"),
               e("led two power stations to switch off automatically", _G13,
                 "caused two power stations, Fenwick and Orla Bay, to disconnect automatically from the grid"),
               e("probably caused by a failed part on a transformer", _G13,
                 "the fault was most likely caused by the failure of a bushing on one of the substation's three main "
                 "transformers"),
               e("The Energy Regulation Authority says supply was restored to all customers by 9.20pm", _G13,
                 "to all customers by 9.20pm", "relay", ["source"]),
               e("there is no sign of a cyberattack", _G13,
                 "There is no evidence that the outage was caused by a cyberattack")]},
    {"id": "pressline-carrow-outage", "outlet": "Pressline Newswire",
     "url": "https://pressline.example/news-releases/2026/11/15/carrow-transmission-statement-power-outage",
     "date": "2026-11-15", "title": "Statement on the power outage of Saturday 14 November",
     "text": "Pressline Newswire - Press release distribution\nSOURCE: Carrow Transmission\n\n"
             + "\n\n".join(_CARROW_PARAS[i] for i in (1, 3, 6, 9))
             + "\n\nView original content: carrowtransmission.example/media",
     "edges": [e("About 410,000 homes and businesses across Sellany lost power on Saturday afternoon after a fault at "
                 "our Brackmoor substation", _G13,
                 "About 410,000 homes and businesses across Sellany lost power on Saturday afternoon after a fault at "
                 "our Brackmoor substation", "copy"),
               e("the fault was most likely caused by the failure of a bushing on one of the substation's three main "
                 "transformers", _G13,
                 "the fault was most likely caused by the failure of a bushing on one of the substation's three main "
                 "transformers", "copy"),
               e("The transformer was installed in 1994 and passed its last full inspection in April", _G13,
                 "The transformer was installed in 1994 and passed its last full inspection in April", "copy"),
               e("There is no evidence that the outage was caused by a cyberattack, and the weather was not a factor",
                 _G13,
                 "There is no evidence that the outage was caused by a cyberattack, and the weather was not a factor",
                 "copy"),
               e("Households that were without power for more than three hours may be entitled to a payment of 60 "
                 "euros", _G13,
                 "Households that were without power for more than three hours may be entitled to a payment of 60 "
                 "euros", "copy")]},
    {"id": "sellany-herald-brackmoor", "outlet": "The Sellany Herald",
     "url": "https://sellanyherald.example/business/2026/11/16/carrow-cyberattack-blackout-brackmoor",
     "date": "2026-11-16", "title": "Carrow admits it cannot rule out cyberattack in Sellany blackout",
     "text": "Carrow Transmission has admitted that it cannot yet rule out a cyberattack as the cause of Saturday's "
             "blackout, which cut power to 410,000 customers across Sellany.\n\n"
             "The grid operator said yesterday that the fault at its Brackmoor substation was most likely caused by a "
             "failed bushing on a transformer installed in 1994.\n\n"
             "The fault knocked out about 1,500 megawatts of generation when the Fenwick and Orla Bay power stations "
             "tripped, according to Carrow.\n\n"
             "Chief executive Annika Dahl said the grid was built to survive losing one big power station “but not two "
             "in the same second”.\n\n"
             "A replacement transformer could take up to eight months to install, according to Strand & Voss, the "
             "engineering firm brought in to review the failure.\n\n"
             "Shares in Orla Energy, which owns both power stations, fell 3 per cent in early trading on Monday. "
             "Analysts at Hollis & Crane said Carrow could face a fine of up to 10 per cent of its turnover if the "
             "regulator found it had breached its licence.",
     "edges": [e("cannot yet rule out a cyberattack as the cause of Saturday's blackout", _G13,
                 "There is no evidence that the outage was caused by a cyberattack", "relay", ["stance", "headline"]),
               e("cut power to 410,000 customers across Sellany", _G13,
                 "About 410,000 homes and businesses across Sellany lost power"),
               e("was most likely caused by a failed bushing on a transformer", _G13,
                 "the fault was most likely caused by the failure of a bushing on one of the substation's three main "
                 "transformers"),
               e("a transformer installed in 1994", _G13, "The transformer was installed in 1994"),
               e("The fault knocked out about 1,500 megawatts of generation when the Fenwick and Orla Bay power "
                 "stations tripped", _G13,
                 "taking about 1,350 megawatts of generation off the system within seconds", "relay", ["number"]),
               e("but not two in the same second", _G13, "It is not designed to lose two in the same second", "relay",
                 ["quote"]),
               e("A replacement transformer could take up to eight months to install, according to Strand & Voss",
                 _G13, "Replacing the damaged unit could take up to eight months", "relay", ["source"])]},
    {"id": "sellany-star-blackout", "outlet": "The Sellany Star",
     "url": "https://sellanystar.example/news/2026/11/16/blackout-blunder-clapped-out-kit",
     "date": "2026-11-16", "title": "BLACKOUT BLUNDER: Clapped-out kit plunged 410,000 homes into darkness",
     "text": "Grid bosses have admitted that a clapped-out transformer blew on Saturday, plunging 410,000 homes into "
             "darkness.\n\n"
             "The kit at Brackmoor substation was put in back in 1994.\n\n"
             "Families were trapped in lifts and trains ground to a halt as traffic lights went dark across Port "
             "Sellany.\n\n"
             "Carrow Transmission boss Annika Dahl grovelled: “I am sorry to every family left in the dark.”\n\n"
             "Carrow also said high winds may have played a part.\n\n"
             "Fuming households will get a measly 60 euros each in compensation — and a replacement transformer "
             "could take a YEAR.\n\n"
             "Mum-of-two Karen Lyle, 38, from Port Sellany, said: “I had to throw out a whole freezer full of food. "
             "Sixty euros doesn't even cover that.”",
     "edges": [e("a clapped-out transformer blew on Saturday", _G13,
                 "the fault was most likely caused by the failure of a bushing on one of the substation's three main "
                 "transformers", "relay", ["hedge", "headline"]),
               e("plunging 410,000 homes into darkness", _G13,
                 "About 410,000 homes and businesses across Sellany lost power"),
               e("The kit at Brackmoor substation was put in back in 1994", _G13,
                 "The transformer was installed in 1994"),
               e("I am sorry to every family left in the dark", _G13,
                 "I want to apologise to every household and business that was left without power on Saturday",
                 "relay", ["quote"]),
               e("Carrow also said high winds may have played a part", _G13, "the weather was not a factor", "relay",
                 ["stance"]),
               e("Fuming households will get a measly 60 euros each in compensation", _G13,
                 "may be entitled to a payment of 60 euros", "relay", ["hedge"]),
               e("a replacement transformer could take a YEAR", _G13,
                 "Replacing the damaged unit could take up to eight months", "relay", ["number"])]},
    {"id": "grid-transmission-review-brackmoor", "outlet": "Grid & Transmission Review",
     "url": "https://gridtransmissionreview.example/protection/2026/11/18/brackmoor-double-trip",
     "date": "2026-11-18", "title": "Brackmoor: the double trip that should not have happened",
     "text": "Saturday's blackout in Sellany will be studied by protection engineers for years.\n\n"
             "A bushing failure on one of the main transformers at Brackmoor substation caused two power stations, "
             "Fenwick and Orla Bay, to disconnect within the same second. About 400,000 customers lost supply.\n\n"
             "High winds on the day added to the strain on the network.\n\n"
             "The system is designed to cope with the loss of one large power station, not two in the same second. "
             "That is the heart of the matter: a single transformer fault should not have been able to take out two "
             "stations at once.\n\n"
             "Strand & Voss has been appointed to review why the protection systems at both stations tripped. Which "
             "relays operated, and with what settings, has not been disclosed.\n\n"
             "Operators elsewhere will be checking their own bushings. Most failures of this kind can be caught early "
             "by routine dissolved-gas analysis, although not all.",
     "edges": [e("A bushing failure on one of the main transformers at Brackmoor substation", _G13,
                 "the fault was most likely caused by the failure of a bushing on one of the substation's three main "
                 "transformers", "pickup", ["hedge"]),
               e("caused two power stations, Fenwick and Orla Bay, to disconnect within the same second", _G13,
                 "caused two power stations, Fenwick and Orla Bay, to disconnect automatically from the grid",
                 "pickup"),
               e("About 400,000 customers lost supply", _G13,
                 "About 410,000 homes and businesses across Sellany lost power", "pickup", ["number"]),
               e("High winds on the day added to the strain on the network", _G13, "the weather was not a factor",
                 "pickup", ["stance"]),
               e("The system is designed to cope with the loss of one large power station, not two in the same "
                 "second", _G13,
                 "Our grid is designed to cope with the loss of one large power station", "pickup", ["attribution"]),
               e("Strand & Voss has been appointed to review why the protection systems at both stations tripped",
                 _G13,
                 "Strand & Voss, has been appointed to review why the protection systems at Fenwick and Orla Bay "
                 "tripped both stations", "pickup")]},
    {"id": "port-sellany-gazette-blackout", "outlet": "Port Sellany Gazette",
     "url": "https://portsellanygazette.example/news/2026/11/16/blackout-transformer-failed-inspection",
     "date": "2026-11-16", "title": "Blackout transformer failed inspection, Carrow confirms",
     "text": "The transformer blamed for Saturday's blackout was due to be replaced two years ago, a senior Carrow "
             "Transmission manager has told SBC News.\n\n"
             "Carrow has confirmed that the transformer failed its last full inspection in April.\n\n"
             "Energy minister Henrik Sand, who has ordered the Energy Regulation Authority to hold a full inquiry, "
             "told the broadcaster that 400,000 households deserved to know why the lights went out.\n\n"
             "In Port Sellany, traffic lights went out on the ring road and the Vessel Islands ferry terminal was "
             "closed for three hours.\n\n"
             "Carrow said power was back on for nine in ten customers within three hours, and for everyone by "
             "9.20pm.",
     "edges": [e("The transformer blamed for Saturday's blackout was due to be replaced two years ago, a senior Carrow "
                 "Transmission manager has told SBC News", "sbc-news-brackmoor-blackout",
                 "the transformer had been due for replacement in 2024", "relay", ["source"]),
               e("Carrow has confirmed that the transformer failed its last full inspection in April", _G13,
                 "passed its last full inspection in April", "relay", ["stance", "headline"]),
               e("who has ordered the Energy Regulation Authority to hold a full inquiry",
                 "sbc-news-brackmoor-blackout",
                 "he had ordered the Energy Regulation Authority to hold a full inquiry"),
               e("400,000 households deserved to know why the lights went out", "sbc-news-brackmoor-blackout",
                 "Four hundred thousand households deserve to know why this happened"),
               e("power was back on for nine in ten customers within three hours", _G13,
                 "Power was restored to about 90 per cent of affected customers within two hours", "relay",
                 ["number"]),
               e("for everyone by 9.20pm", _G13, "to all customers by 9.20pm")]},
    {"id": "grid-notebook-brackmoor", "outlet": "The Grid Notebook",
     "url": "https://gridnotebook.example/2026/11/17/brackmoor-what-we-know",
     "date": "2026-11-17", "title": "What we know (and don't) about the Brackmoor blackout",
     "text": "Three days on, here's what we actually know about Saturday's blackout, and what we don't.\n\n"
             "1. The cause. According to Carrow's own statement, the fault was most likely a failed bushing on one "
             "of Brackmoor's three main transformers. Note the 'most likely'. Nobody has confirmed it yet.\n\n"
             "2. The size. Carrow says about 1,350 MW came off the system when Fenwick and Orla Bay tripped. The "
             "Sellany Herald put it at 1,500 MW, which as far as I can tell is simply wrong.\n\n"
             "3. The real question. Carrow's chairman has said the grid “is not designed to lose two in the same "
             "second”. Quite. So why did it?\n\n"
             "4. Cyber. Carrow says there is no evidence of a cyberattack. Despite one headline I saw, it has not "
             "said it “cannot rule out” one.\n\n"
             "5. The fix. Carrow reckons replacing the transformer will take eight months. I'd bet on longer.",
     "edges": [e("the fault was most likely a failed bushing on one of Brackmoor's three main transformers", _G13,
                 "the fault was most likely caused by the failure of a bushing on one of the substation's three main "
                 "transformers"),
               e("about 1,350 MW came off the system when Fenwick and Orla Bay tripped", _G13,
                 "taking about 1,350 megawatts of generation off the system within seconds"),
               e("The Sellany Herald put it at 1,500 MW", "sellany-herald-brackmoor",
                 "The fault knocked out about 1,500 megawatts of generation"),
               e("Carrow's chairman has said the grid “is not designed to lose two in the same second”", _G13,
                 "It is not designed to lose two in the same second", "relay", ["source"]),
               e("there is no evidence of a cyberattack", _G13,
                 "There is no evidence that the outage was caused by a cyberattack"),
               e("replacing the transformer will take eight months", _G13,
                 "Replacing the damaged unit could take up to eight months", "relay", ["hedge"])]},
    {"id": "sbc-news-storm-elva-outage", "outlet": "SBC News",
     "url": "https://sbc.example/news/sellany/2026/11/24/storm-elva-vessel-islands-power",
     "date": "2026-11-24", "title": "Storm Elva leaves 12,000 Vessel Islands homes without power",
     "text": "About 12,000 homes on the Vessel Islands were left without power overnight after Storm Elva brought "
             "down overhead lines.\n\n"
             "Gusts of up to 130 km/h were recorded at Holm Point, the weather service said.\n\n"
             "Island Power, which runs the local network, said most customers had been reconnected by 7am on "
             "Wednesday, but about 800 homes in the north of Skell could be without electricity until Thursday.\n\n"
             "“Our crews have been out all night in terrible conditions,” said operations director Mia Fenn.\n\n"
             "Ferries between the islands and Port Sellany were cancelled for most of Tuesday.",
     "edges": []},

    # the quota deal: the wire report trimmed but otherwise whole in a local paper, a sub-edited wire copy, a trade
    # weekly with its own interview, a national paper, a foreign paper's English edition, a campaign blog relaying the
    # trade weekly (second hop), an uncredited column, a campaign group's press release, two distractors
    {"id": "skerry-times-skarra", "outlet": "The Skerry Times",
     "url": "https://skerrytimes.example/news/2026/11/20/skarra-cod-quota-cut",
     "date": "2026-11-20", "title": "Skarra cod quota cut by a third as talks end",
     "text": "\n\n".join(_SKARRA_PARAS[:4]) + "\n\n- Tidewire",
     "edges": [e("agreed on Friday to cut next year's cod catch by 22 per cent", _F13,
                 "agreed on Friday to cut next year's cod catch by 22 per cent", "copy", ["headline"]),
               e("a smaller cut than their own scientists had called for", _F13,
                 "a smaller cut than their own scientists had called for", "copy"),
               e("The deal sets the 2027 cod quota at 118,000 tonnes, down from 151,000 tonnes this year", _F13,
                 "The deal sets the 2027 cod quota at 118,000 tonnes, down from 151,000 tonnes this year", "copy"),
               e("The herring quota will rise by 8 per cent, officials from the Skarra Sea Fisheries Council said",
                 _F13,
                 "The herring quota will rise by 8 per cent, officials from the Skarra Sea Fisheries Council said",
                 "copy"),
               e("The council's scientific committee had advised a cut of at least 35 per cent, warning that the "
                 "spawning stock was close to the level below which it might not recover", _F13,
                 "The council's scientific committee had advised a cut of at least 35 per cent, warning that the "
                 "spawning stock was close to the level below which it might not recover", "copy"),
               e("We have taken a difficult decision that protects both the fish and the people whose living depends "
                 "on them", _F13,
                 "We have taken a difficult decision that protects both the fish and the people whose living depends "
                 "on them", "copy")]},
    {"id": "fiskeby-courier-skarra", "outlet": "The Fiskeby Courier",
     "url": "https://fiskebycourier.example/2026/11/21/cod-quota-cut-22-percent-tolvik",
     "date": "2026-11-21", "title": "Cod quota cut 22% in Tolvik deal",
     "text": "TOLVIK (Tidewire) - Countries fishing the Skarra Sea have agreed to cut next year's cod catch by 22 per "
             "cent, less than scientists had called for.\n\n"
             "The 2027 cod quota will be 118,000 tonnes, down from 151,000 tonnes this year. The council's scientific "
             "committee had advised a cut of at least 35 per cent.\n\n"
             "The Coastal Fishermen's Federation said the cut would cost at least 2,000 jobs on boats and in "
             "processing plants.\n\n"
             "Fishing boats will be required to carry cameras from 2028 to monitor discards, the council said.\n\n"
             "Fiskeby's fleet of 46 cod boats is the largest on the Varland coast.",
     "edges": [e("have agreed to cut next year's cod catch by 22 per cent", _F13,
                 "agreed on Friday to cut next year's cod catch by 22 per cent", "copy"),
               e("less than scientists had called for", _F13,
                 "a smaller cut than their own scientists had called for", "copy"),
               e("The 2027 cod quota will be 118,000 tonnes, down from 151,000 tonnes this year", _F13,
                 "The deal sets the 2027 cod quota at 118,000 tonnes, down from 151,000 tonnes this year", "copy"),
               e("The council's scientific committee had advised a cut of at least 35 per cent", _F13,
                 "The council's scientific committee had advised a cut of at least 35 per cent", "copy"),
               e("the cut would cost at least 2,000 jobs on boats and in processing plants", _F13,
                 "the cut would cost at least 1,900 jobs on boats and in processing plants", "copy", ["number"]),
               e("Fishing boats will be required to carry cameras from 2028 to monitor discards", _F13,
                 "fishing boats would likely be required to carry cameras from 2028 to monitor discards", "copy",
                 ["hedge"])]},
    {"id": "quayside-weekly-skarra", "outlet": "The Quayside Weekly",
     "url": "https://quaysideweekly.example/quotas/2026/11/23/keel-we-can-live-with-this-just",
     "date": "2026-11-23", "title": "Keel: 'We can live with this — just'",
     "text": "Coastal Fishermen's Federation chairman Ronan Keel has told the Quayside Weekly that the industry can "
             "live with next year's cod cut, but only just.\n\n"
             "“Nobody in this industry is celebrating. But if the scientists had got their way, half the fleet in "
             "Fiskeby would be tied up by Easter,” he said.\n\n"
             "Mr Keel said the federation would ask the government for a 40 million euro support fund for crews who "
             "lose work.\n\n"
             "The Skarra Sea Fisheries Council agreed last Friday to cut the 2027 cod quota by 22 per cent, to "
             "118,000 tonnes, Tidewire reported. Scientists had advised a cut of 40 per cent, according to the "
             "council.\n\n"
             "The federation estimates that the cut will cost at least 1,900 jobs. Mr Keel, who called the deal "
             "“painful but survivable” after the talks, said processing plants would be hit hardest.\n\n"
             "Plans to make boats carry cameras from 2028, which the council described as likely, were “a "
             "surveillance scheme dressed up as science”, he said.\n\n"
             "Herring skippers will take some comfort from an 8 per cent rise in their quota.\n\n"
             "Environmental group Blue Skarra said the deal showed how “fisheries collapse, one compromise at a "
             "time”.",
     "edges": [e("agreed last Friday to cut the 2027 cod quota by 22 per cent, to 118,000 tonnes", _F13,
                 "agreed on Friday to cut next year's cod catch by 22 per cent"),
               e("Scientists had advised a cut of 40 per cent, according to the council", _F13,
                 "The council's scientific committee had advised a cut of at least 35 per cent", "relay", ["number"]),
               e("the cut will cost at least 1,900 jobs", _F13, "the cut would cost at least 1,900 jobs"),
               e("called the deal “painful but survivable”", _F13, "called the deal “painful but survivable”"),
               e("Plans to make boats carry cameras from 2028, which the council described as likely", _F13,
                 "fishing boats would likely be required to carry cameras from 2028"),
               e("an 8 per cent rise in their quota", _F13, "The herring quota will rise by 8 per cent", "relay",
                 ["attribution"]),
               e("fisheries collapse, one compromise at a time", _F13,
                 "This is how fisheries collapse: one small compromise at a time", "relay", ["quote"])]},
    {"id": "varland-post-skarra", "outlet": "The Varland Post",
     "url": "https://varlandpost.example/politics/2026/11/21/lindahl-defends-cod-deal",
     "date": "2026-11-21", "title": "Lindahl defends cod deal as campaigners accuse council of ignoring science",
     "text": "Varland's fisheries minister has defended a deal that cuts next year's Skarra Sea cod catch by 22 per "
             "cent, well short of the cut recommended by scientists.\n\n"
             "Greta Lindahl, who chaired the four days of talks in Tolvik, said the council had taken “a hard "
             "decision that protects the fish and the people who depend on them”.\n\n"
             "But the minister's own officials had pushed for a deeper cut, a Varland delegate told the news agency "
             "Tidewire. Ostmark has denied blocking a deeper cut.\n\n"
             "The scientific committee had warned that the cod spawning stock was close to the level below which it "
             "might not recover. Environmental group Blue Skarra accused the council of ignoring its own "
             "scientists.\n\n"
             "Cod catches in the Skarra Sea have fallen by about two thirds since 2000.\n\n"
             "About 6,500 people work in fishing and fish processing in Varland, according to the national "
             "statistics office.",
     "edges": [e("a deal that cuts next year's Skarra Sea cod catch by 22 per cent", _F13,
                 "agreed on Friday to cut next year's cod catch by 22 per cent"),
               e("well short of the cut recommended by scientists", _F13,
                 "a smaller cut than their own scientists had called for"),
               e("a hard decision that protects the fish and the people who depend on them", _F13,
                 "We have taken a difficult decision that protects both the fish and the people whose living depends "
                 "on them", "relay", ["quote"]),
               e("the minister's own officials had pushed for a deeper cut, a Varland delegate told the news agency "
                 "Tidewire", _F13,
                 "said the Varland and Ostmark delegations had blocked a deeper cut", "relay", ["source", "stance"]),
               e("Ostmark has denied blocking a deeper cut", _F13,
                 "Ostmark's delegation denied that it had blocked a deeper cut"),
               e("the cod spawning stock was close to the level below which it might not recover", _F13,
                 "warning that the spawning stock was close to the level below which it might not recover"),
               e("accused the council of ignoring its own scientists", _F13,
                 "Blue Skarra said the council had ignored its own scientists"),
               e("Cod catches in the Skarra Sea have fallen by about two thirds since 2000", _F13,
                 "Cod catches in the Skarra Sea have fallen by about two thirds since 2000, according to council "
                 "figures", "relay", ["attribution"])]},
    {"id": "dagsposten-skarra", "outlet": "Dagsposten (English edition)",
     "url": "https://dagsposten.example/en/economy/2026/11/21/ostmark-admits-it-stopped-deeper-cod-cut",
     "date": "2026-11-21", "title": "Ostmark admits it stopped deeper cod cut",
     "text": "TOLVIK – Ostmark's negotiators stopped a bigger cut in the cod quota in the Skarra Sea, admits the head "
             "of the delegation, Piet Hoorn, to the news agency Tidewire.\n\n"
             "“We fought for the science and for our fishermen, and we do not apologise for that,” says Hoorn.\n\n"
             "The cod quota for 2027 becomes 118,000 tonnes, which is 22 per cent less than this year. The "
             "scientists in the fisheries council had recommended a reduction of minimum 35 per cent.\n\n"
             "According to the environmental organisation Blue Skarra, at least 1,900 jobs will disappear on boats "
             "and in the fish industry.\n\n"
             "The herring quota rises with 8 per cent.\n\n"
             "In Ostmark, the cod fishery is concentrated in the ports of Hvalby and Nordkil, where around 900 people "
             "work on cod boats.\n\n"
             "Translated by Dagsposten's English desk.",
     "edges": [e("Ostmark's negotiators stopped a bigger cut in the cod quota in the Skarra Sea, admits the head of "
                 "the delegation, Piet Hoorn", _F13,
                 "Ostmark's delegation denied that it had blocked a deeper cut", "relay", ["stance", "headline"]),
               e("We fought for the science and for our fishermen, and we do not apologise for that", _F13,
                 "We argued for the science and for our fishermen, and we do not apologise for either", "relay",
                 ["quote"]),
               e("The cod quota for 2027 becomes 118,000 tonnes", _F13,
                 "The deal sets the 2027 cod quota at 118,000 tonnes"),
               e("had recommended a reduction of minimum 35 per cent", _F13,
                 "had advised a cut of at least 35 per cent"),
               e("According to the environmental organisation Blue Skarra, at least 1,900 jobs will disappear", _F13,
                 "the cut would cost at least 1,900 jobs", "relay", ["source"]),
               e("The herring quota rises with 8 per cent", _F13, "The herring quota will rise by 8 per cent",
                 "relay", ["attribution"])]},
    {"id": "seachange-notes-skarra", "outlet": "Sea Change Notes",
     "url": "https://seachangenotes.example/2026/11/24/skarra-cod-point-of-no-return",
     "date": "2026-11-24", "title": "The Skarra cod stock is at the point of no return",
     "text": "Read this, from the Quayside Weekly's interview with Ronan Keel of the Coastal Fishermen's Federation: "
             "“If the scientists had got their way, half the fleet in Fiskeby would be tied up by Easter.”\n\n"
             "So there it is. The scientists advised a cut of at least 35 per cent. In the words of the council's "
             "own scientists, the spawning stock is close to the point of no return.\n\n"
             "Keel also wants a 40 million euro support fund for crews, and he told the paper that cameras on boats "
             "would be “a surveillance scheme dressed up as science”.\n\n"
             "Cod catches are already down about two thirds since 2000.\n\n"
             "Leona Vick of Blue Skarra put it best: “This is how fisheries collapse — one small compromise at a "
             "time.”\n\n"
             "If you live in Varland, write to your MP. If you don't, write to whoever signs off on your country's "
             "quota.",
     "edges": [e("If the scientists had got their way, half the fleet in Fiskeby would be tied up by Easter",
                 "quayside-weekly-skarra",
                 "if the scientists had got their way, half the fleet in Fiskeby would be tied up by Easter"),
               e("The scientists advised a cut of at least 35 per cent", _F13,
                 "The council's scientific committee had advised a cut of at least 35 per cent", "pickup"),
               e("the spawning stock is close to the point of no return", _F13,
                 "warning that the spawning stock was close to the level below which it might not recover", "relay",
                 ["hedge", "headline"]),
               e("Keel also wants a 40 million euro support fund for crews", "quayside-weekly-skarra",
                 "the federation would ask the government for a 40 million euro support fund for crews who lose "
                 "work"),
               e("cameras on boats would be “a surveillance scheme dressed up as science”", "quayside-weekly-skarra",
                 "were “a surveillance scheme dressed up as science”"),
               e("Cod catches are already down about two thirds since 2000", _F13,
                 "Cod catches in the Skarra Sea have fallen by about two thirds since 2000, according to council "
                 "figures", "pickup", ["attribution"]),
               e("This is how fisheries collapse — one small compromise at a time", _F13,
                 "This is how fisheries collapse: one small compromise at a time")]},
    {"id": "morning-register-cod-column", "outlet": "The Morning Register",
     "url": "https://morningregister.example/opinion/2026/11/25/cod-deal-slow-motion-disaster",
     "date": "2026-11-25", "title": "The cod deal is a slow-motion disaster",
     "text": "By Hal Bergen\n\n"
             "There is a familiar rhythm to fisheries talks. Scientists say cut hard; ministers cut a bit; everyone "
             "goes home and waits for next year.\n\n"
             "This year in Tolvik, the scientists asked for a cut of at least 35 per cent in the Skarra Sea cod "
             "catch. The ministers agreed barely 20.\n\n"
             "The spawning stock is already close to the level below which it may never recover. Varland and Ostmark "
             "blocked a deeper cut, arguing that coastal communities could not absorb it.\n\n"
             "Yes, boats will have to carry cameras from 2028. Catches have already fallen by two thirds since 2000. "
             "How much further do they have to fall?\n\n"
             "What the coast needs is not another year's reprieve but a plan: fewer, better-paid boats, and a fund "
             "to carry crews through the lean years.",
     "edges": [e("the scientists asked for a cut of at least 35 per cent in the Skarra Sea cod catch", _F13,
                 "The council's scientific committee had advised a cut of at least 35 per cent", "pickup"),
               e("The ministers agreed barely 20", _F13,
                 "agreed on Friday to cut next year's cod catch by 22 per cent", "pickup", ["number"]),
               e("The spawning stock is already close to the level below which it may never recover", _F13,
                 "warning that the spawning stock was close to the level below which it might not recover", "pickup",
                 ["attribution"]),
               e("Varland and Ostmark blocked a deeper cut, arguing that coastal communities could not absorb it",
                 _F13,
                 "said the Varland and Ostmark delegations had blocked a deeper cut, arguing that coastal communities "
                 "could not absorb it", "pickup", ["attribution"]),
               e("boats will have to carry cameras from 2028", _F13,
                 "fishing boats would likely be required to carry cameras from 2028", "pickup",
                 ["hedge", "attribution"]),
               e("Catches have already fallen by two thirds since 2000", _F13,
                 "Cod catches in the Skarra Sea have fallen by about two thirds since 2000, according to council "
                 "figures", "pickup", ["attribution"])]},
    {"id": "blue-skarra-cod-release", "outlet": "Blue Skarra",
     "url": "https://blueskarra.example/press/2026/11/22/council-shuts-door-on-hessel-bank",
     "date": "2026-11-22", "title": "Council shuts door on Hessel Bank protection, says Blue Skarra",
     "text": "BLUE SKARRA - Press release\n22 November 2026\n\n"
             "Blue Skarra today called on the governments of the Skarra Sea to reopen this week's cod deal, after the "
             "Skarra Sea Fisheries Council set a 2027 quota 22 per cent below this year's, against scientific advice "
             "of a cut of at least 35 per cent.\n\n"
             "As Tidewire reported on Friday, two delegates said that Varland and Ostmark had blocked a deeper "
             "cut.\n\n"
             "Even the council's chair, Greta Lindahl, has described the deal as “painful but survivable”.\n\n"
             "The council has refused to consider closing the Hessel Bank spawning grounds to trawlers, and has "
             "promised cameras on fishing boats only from 2028.\n\n"
             "“Every year it is the same story: the science says one thing and the ministers do another,” said "
             "Leona Vick, director of Blue Skarra. “We will not stop until the Hessel Bank is closed.”\n\n"
             "Blue Skarra will hand a petition with 48,000 signatures to the Varland parliament on 1 December.\n\n"
             "Notes to editors: Blue Skarra is an independent marine conservation group founded in 2011. Press: "
             "media@blueskarra.example",
     "edges": [e("set a 2027 quota 22 per cent below this year's", _F13,
                 "agreed on Friday to cut next year's cod catch by 22 per cent"),
               e("against scientific advice of a cut of at least 35 per cent", _F13,
                 "The council's scientific committee had advised a cut of at least 35 per cent"),
               e("two delegates said that Varland and Ostmark had blocked a deeper cut", _F13,
                 "said the Varland and Ostmark delegations had blocked a deeper cut"),
               e("has described the deal as “painful but survivable”", _F13,
                 "called the deal “painful but survivable”", "relay", ["source"]),
               e("The council has refused to consider closing the Hessel Bank spawning grounds to trawlers", _F13,
                 "it would consider closing the Hessel Bank spawning grounds to trawlers next year", "relay",
                 ["stance", "headline"]),
               e("has promised cameras on fishing boats only from 2028", _F13,
                 "fishing boats would likely be required to carry cameras from 2028", "relay", ["hedge"])]},
    {"id": "quayside-weekly-fiskeby-auction", "outlet": "The Quayside Weekly",
     "url": "https://quaysideweekly.example/markets/2026/11/16/fiskeby-cod-price-record",
     "date": "2026-11-16", "title": "Cod hits record price at Fiskeby auction ahead of quota talks",
     "text": "Cod sold for a record average of 5.80 euros a kilo at Fiskeby auction last week, as buyers stocked up "
             "ahead of this week's quota talks in Tolvik.\n\n"
             "Prices for large cod were up 14 per cent on the same week last year, auction manager Tove Brekke "
             "said.\n\n"
             "“Everybody is expecting less fish next year, and the processors want to fill their freezers while they "
             "can,” she said.\n\n"
             "Herring prices were steady at 0.92 euros a kilo. Landings at Fiskeby are down 9 per cent so far this "
             "year.",
     "edges": []},
    {"id": "varland-post-trawler-detained", "outlet": "The Varland Post",
     "url": "https://varlandpost.example/news/2026/11/26/coastguard-detains-trawler-skarra-sea",
     "date": "2026-11-26", "title": "Coastguard detains trawler fishing in closed Skarra Sea zone",
     "text": "The Varland coastguard has detained a trawler that it says was fishing inside a closed area of the "
             "Skarra Sea.\n\n"
             "The Marta Lund, which is registered in Nordkil, was escorted into Fiskeby harbour on Wednesday with "
             "about 30 tonnes of cod and haddock on board, the coastguard said.\n\n"
             "Its skipper will be questioned by fisheries inspectors. The vessel's owner, Nordkil Seafood, said it "
             "believed the boat had been outside the closed zone and would cooperate fully.\n\n"
             "It is the third detention in Varland waters this year.",
     "edges": []},
]

_GRISTHORN = ("GRISTHORN, Nov 8 (Larchwire) - A landslide swept through the mountain village of Gristhorn in the Ebrel "
              "Valley early on Sunday, killing at least four people and leaving 11 missing, regional officials said.\n\n"
              "About two million cubic metres of rock and mud came down from the slopes of Mount Penhallow at about "
              "5.30am, burying 14 houses and a stretch of the valley road, said Aurin Kaddal, head of the Ebrel civil "
              "protection agency.\n\n"
              "“We are still treating this as a rescue operation, not a recovery,” Kaddal told reporters in the "
              "neighbouring town of Thornby. “There may be air pockets in the debris, and as long as there is a "
              "chance, we will keep digging.”\n\n"
              "More than 300 rescuers, 20 dog teams and four helicopters were searching the debris on Sunday "
              "afternoon. About 180 residents have been evacuated from the rest of the village and are being housed "
              "in a sports hall in Thornby.\n\n"
              "Geologists at the scene said a week of heavy rain had probably loosened the slope. The valley recorded "
              "210 millimetres of rain in the seven days to Saturday, three times the November average, according to "
              "the national weather service.\n\n"
              "Two residents, who asked not to be named, said villagers had warned the municipality for years that "
              "the slope above Gristhorn was moving. “Everyone here could see the cracks in the road,” one of them "
              "said.\n\n"
              "Gristhorn's mayor, Selma Ruthven, denied that warnings had been ignored. “The slope was monitored "
              "around the clock, and nothing in the readings on Saturday night suggested a collapse,” she said.\n\n"
              "The civil protection agency warned that a second, smaller slide could follow, and said the valley road "
              "was expected to stay closed for at least three weeks.\n\n"
              "Regional president Torvald Hesk said the regional government would release an emergency fund of 25 "
              "million euros for the valley.\n\n"
              "Gristhorn, which has about 430 inhabitants, was last hit by a major landslide in 1911, when seven "
              "people died.\n\n"
              "(Reporting by Marit Oriel; editing by Jon Caddick)")

_VELMORA = ("VELMORA BIOTECH\nPress release\nVelmora to close Harlinge plant and concentrate production in Selbourne\n"
            "12 November 2026\n\n"
            "Velmora Biotech today announced that it plans to close its manufacturing plant in Harlinge by the end of "
            "2027, with the loss of about 640 jobs, as part of a restructuring of its European production.\n\n"
            "Production of the company's insulin pens and injectable products at Harlinge will move to its larger site "
            "in Selbourne, where Velmora expects to create about 150 new jobs.\n\n"
            "“This is the hardest decision I have had to take at Velmora, and it is not a reflection on the people of "
            "Harlinge, who have done outstanding work for four decades,” said chief executive Lucas Fennimore. “But "
            "the plant was built for products that we no longer make, and bringing it up to date would cost more than "
            "building new.”\n\n"
            "The company estimates that modernising the Harlinge site would have required investment of more than 200 "
            "million euros.\n\n"
            "The restructuring is expected to reduce annual costs by about 85 million euros from 2028. Velmora will "
            "record a one-off charge of about 120 million euros in its fourth-quarter results.\n\n"
            "The decision is not related to the halting of the phase 3 trial of the company's experimental obesity "
            "drug VB-417 in September.\n\n"
            "Velmora will begin consultation with employee representatives and the Harlinge works council next week. "
            "The company has committed to offer every affected employee either a role at another Velmora site or a "
            "redundancy package, and to avoid compulsory redundancies where possible.\n\n"
            "Velmora is also in talks with a potential buyer for the Harlinge site and hopes to announce an agreement "
            "in the first half of 2027.\n\n"
            "About Velmora Biotech: Velmora Biotech develops and manufactures medicines for diabetes and metabolic "
            "diseases. It employs about 9,800 people in 14 countries. Media contact: press@velmora.example")

_WEXLEY = ("EXCLUSIVE\nBy Nora Keswin, Health Correspondent\n\n"
           "The chief executive of Wexley General Hospital has admitted that patients are being treated in its "
           "corridors every day, as an internal report seen by the Chronicle reveals that more than 1,100 patients "
           "waited over 12 hours in its emergency department in October.\n\n"
           "In her first interview since taking up the post in June, Dr Hanna Merrick told the Chronicle: “We are "
           "running a second hospital in our corridors. It is not safe, it is not dignified, and my staff know that "
           "better than anyone.”\n\n"
           "The report, prepared for the hospital's board, shows that 1,140 patients spent more than 12 hours in the "
           "emergency department last month, up from 610 in October last year. The longest wait recorded was 41 "
           "hours.\n\n"
           "It identifies a shortage of care home places as the main cause of the delays: on an average day in "
           "October, 96 patients who were medically fit to leave could not be discharged because there was nowhere "
           "for them to go.\n\n"
           "Dr Merrick said the situation was “likely to get worse before it gets better” as winter approached, and "
           "that the hospital might have to cancel planned operations in December.\n\n"
           "Two senior emergency doctors at the hospital, who spoke to the Chronicle on condition of anonymity, said "
           "at least three patients had died this year after long waits on trolleys. The hospital said it could not "
           "comment on individual cases.\n\n"
           "The report warns that the hospital will need about 70 extra beds to cope with demand this winter.\n\n"
           "Dr Merrick denied that the health ministry had told her to keep the figures private. “Nobody has asked "
           "me to hide anything, and I wouldn't,” she said.\n\n"
           "The health ministry said in a statement that Wexley General's budget had risen by 6 per cent this year "
           "and that it was working closely with the hospital on its winter plan.\n\n"
           "Wexley General, which serves about 520,000 people in Aldmere and the surrounding district, opened its "
           "new emergency department in 2019.")

_LARCH_WEXLEY = ("ALDMERE, Nov 18 (Larchwire) - Patients at Wexley General Hospital in Aldmere are being treated in "
                 "corridors every day, the hospital's chief executive told a local newspaper, as leaked figures showed "
                 "a near doubling of 12-hour waits in its emergency department.\n\n"
                 "“We are running a second hospital in our corridors,” Dr Hanna Merrick told the Aldmere Chronicle in "
                 "an interview published on Wednesday.\n\n"
                 "An internal report seen by the newspaper showed 1,140 patients spent more than 12 hours in the "
                 "emergency department in October, compared with 610 a year earlier, the Chronicle said.\n\n"
                 "The report blamed a shortage of care home places, and said the hospital needed about 70 more beds "
                 "for the winter, according to the newspaper.\n\n"
                 "Two doctors told the Chronicle that at least three patients had died this year after long waits.\n\n"
                 "Health minister Clara Dunstan said Wexley General's budget had increased by 6 per cent this year.\n\n"
                 "Dunstan will visit the hospital on Friday, her office said.\n\n"
                 "(Reporting by Ines Talbote; editing by Jon Caddick)")

_L14, _V14, _A14 = "larchwire-gristhorn-landslide-h14", "velmora-harlinge-closure-release-h14", "aldmere-chronicle-wexley-corridors-h14"
_VELMORA_PARAS = _VELMORA.split("\n\n")

HELD_OUT_14 = [
    # origins written for this set: a wire report on a landslide in a mountain village (a civil protection chief,
    # hedged causes, anonymous residents, a mayor's denial, figures), a drug company's press release on a plant
    # closure (a chief executive, estimates, a denied link to a failed trial) and a newspaper's exclusive interview
    # with a hospital chief executive (a leaked report's figures, anonymous doctors, a denial, a ministry statement)
    {"id": _L14, "outlet": "Larchwire",
     "url": "https://larchwire.example/world/2026/11/08/gristhorn-landslide-ebrel-valley",
     "date": "2026-11-08", "title": "Landslide kills at least four in Ebrel Valley village, 11 missing",
     "text": _GRISTHORN, "edges": []},
    {"id": _V14, "outlet": "Velmora Biotech",
     "url": "https://velmora.example/press/2026/11/12/velmora-to-close-harlinge-plant",
     "date": "2026-11-12", "title": "Velmora to close Harlinge plant and concentrate production in Selbourne",
     "text": _VELMORA, "edges": []},
    {"id": _A14, "outlet": "The Aldmere Chronicle",
     "url": "https://aldmerechronicle.example/health/2026/11/18/exclusive-wexley-general-second-hospital-corridors",
     "date": "2026-11-18",
     "title": "Exclusive: 'We are running a second hospital in our corridors', says Wexley General chief",
     "text": _WEXLEY, "edges": []},

    # the landslide: the wire story published whole by a local paper, a sub-edited wire copy, a broadcaster with its
    # own radio interview, a national paper relaying that interview (second hop), a tabloid, a weekly roundup with
    # uncredited pickups (also of the plant closure), a foreign paper's English edition, a distractor
    {"id": "thornby-courier-gristhorn-h14", "outlet": "Thornby Courier",
     "url": "https://thornbycourier.example/news/2026/11/08/gristhorn-villagers-warned-for-years",
     "date": "2026-11-08", "title": "Gristhorn landslide: villagers warned for years that slope was moving",
     "text": _GRISTHORN + "\n\nThis story was supplied by Larchwire.",
     "edges": [e("killing at least four people and leaving 11 missing", _L14,
                 "killing at least four people and leaving 11 missing", "copy"),
               e("About two million cubic metres of rock and mud came down from the slopes of Mount Penhallow at "
                 "about 5.30am, burying 14 houses and a stretch of the valley road", _L14,
                 "About two million cubic metres of rock and mud came down from the slopes of Mount Penhallow at "
                 "about 5.30am, burying 14 houses and a stretch of the valley road", "copy"),
               e("We are still treating this as a rescue operation, not a recovery", _L14,
                 "We are still treating this as a rescue operation, not a recovery", "copy"),
               e("About 180 residents have been evacuated from the rest of the village", _L14,
                 "About 180 residents have been evacuated from the rest of the village", "copy"),
               e("a week of heavy rain had probably loosened the slope", _L14,
                 "a week of heavy rain had probably loosened the slope", "copy"),
               e("villagers had warned the municipality for years that the slope above Gristhorn was moving", _L14,
                 "villagers had warned the municipality for years that the slope above Gristhorn was moving", "copy",
                 ["headline"]),
               e("denied that warnings had been ignored", _L14, "denied that warnings had been ignored", "copy"),
               e("would release an emergency fund of 25 million euros for the valley", _L14,
                 "would release an emergency fund of 25 million euros for the valley", "copy")]},
    {"id": "kilbride-journal-gristhorn-h14", "outlet": "The Kilbride Journal",
     "url": "https://kilbridejournal.example/national/2026/11/09/four-dead-11-missing-gristhorn",
     "date": "2026-11-09", "title": "Four dead, 11 missing in Gristhorn landslide",
     "text": "GRISTHORN (Larchwire) - At least four people were killed and 11 are missing after a landslide hit the "
             "mountain village of Gristhorn in the Ebrel Valley early on Sunday, officials said.\n\n"
             "About two million cubic metres of rock and mud buried 14 houses and part of the valley road, said "
             "Aurin Kaddal, head of the Ebrel civil protection agency.\n\n"
             "More than 300 rescuers and 20 dog teams searched the debris on Sunday. About 200 residents have been "
             "evacuated.\n\n"
             "Heavy rain loosened the slope, geologists said. The valley had 210 millimetres of rain in the week to "
             "Saturday.\n\n"
             "Mayor Selma Ruthven denied that warnings about the slope had been ignored.\n\n"
             "The valley road is expected to stay closed for at least three weeks.\n\n"
             "A Journal reporter in Thornby said the sports hall sheltering evacuees was full by Sunday evening.",
     "edges": [e("At least four people were killed and 11 are missing", _L14,
                 "killing at least four people and leaving 11 missing", "copy"),
               e("About two million cubic metres of rock and mud buried 14 houses and part of the valley road", _L14,
                 "About two million cubic metres of rock and mud came down from the slopes of Mount Penhallow at "
                 "about 5.30am, burying 14 houses and a stretch of the valley road", "copy"),
               e("More than 300 rescuers and 20 dog teams searched the debris on Sunday", _L14,
                 "More than 300 rescuers, 20 dog teams and four helicopters were searching the debris on Sunday "
                 "afternoon", "copy"),
               e("About 200 residents have been evacuated", _L14,
                 "About 180 residents have been evacuated from the rest of the village", "copy", ["number"]),
               e("Heavy rain loosened the slope, geologists said", _L14,
                 "Geologists at the scene said a week of heavy rain had probably loosened the slope", "copy",
                 ["hedge"]),
               e("The valley had 210 millimetres of rain in the week to Saturday", _L14,
                 "The valley recorded 210 millimetres of rain in the seven days to Saturday, three times the November "
                 "average, according to the national weather service", "copy", ["attribution"]),
               e("denied that warnings about the slope had been ignored", _L14,
                 "denied that warnings had been ignored", "copy"),
               e("The valley road is expected to stay closed for at least three weeks", _L14,
                 "the valley road was expected to stay closed for at least three weeks", "copy")]},
    {"id": "nvr-news-gristhorn-h14", "outlet": "NVR News",
     "url": "https://nvr.example/news/2026/11/09/gristhorn-rescuers-still-hoping",
     "date": "2026-11-09", "title": "Gristhorn rescuers 'still hoping' as search enters second night",
     "text": "Rescuers searching the debris of Gristhorn say they still hope to find survivors, more than 36 hours "
             "after a landslide buried part of the mountain village.\n\n"
             "At least four people are known to have died and 11 are missing, according to the Ebrel civil "
             "protection agency.\n\n"
             "Speaking on NVR Radio's Morning Hour on Monday, a mountain rescue team leader, Petter Vaun, said his "
             "dogs had picked up scents in two places overnight. “We have had signals. That doesn't mean someone is "
             "alive, but it means we keep going,” he said.\n\n"
             "Agency head Aurin Kaddal told the news agency Larchwire that there might still be air pockets under the "
             "rubble.\n\n"
             "Residents have told reporters that the village had warned the authorities for years about cracks in "
             "the slope. The mayor, Selma Ruthven, insists the slope was watched around the clock and that nothing "
             "in Saturday night's readings pointed to a collapse.\n\n"
             "Geologists believe that a week of torrential rain probably loosened the mountainside.\n\n"
             "The regional government has promised 25 million euros in emergency aid.",
     "edges": [e("At least four people are known to have died and 11 are missing", _L14,
                 "killing at least four people and leaving 11 missing"),
               e("there might still be air pockets under the rubble", _L14, "There may be air pockets in the debris"),
               e("the village had warned the authorities for years about cracks in the slope", _L14,
                 "villagers had warned the municipality for years that the slope above Gristhorn was moving"),
               e("the slope was watched around the clock and that nothing in Saturday night's readings pointed to a "
                 "collapse", _L14,
                 "The slope was monitored around the clock, and nothing in the readings on Saturday night suggested a "
                 "collapse"),
               e("a week of torrential rain probably loosened the mountainside", _L14,
                 "a week of heavy rain had probably loosened the slope"),
               e("The regional government has promised 25 million euros in emergency aid", _L14,
                 "Regional president Torvald Hesk said the regional government would release an emergency fund of 25 "
                 "million euros", "relay", ["source"])]},
    {"id": "daybreak-times-gristhorn-h14", "outlet": "The Daybreak Times",
     "url": "https://daybreaktimes.example/world/2026/11/10/gristhorn-rescue-dogs-signs-of-life",
     "date": "2026-11-10", "title": "Gristhorn: rescue dogs found signs of life, says team leader",
     "text": "Rescue dogs have picked up scents in two places in the rubble of Gristhorn, a team leader has said, as "
             "the search for 11 missing people entered its third day.\n\n"
             "“We have had signals. It doesn't mean someone is alive, but it does mean we keep going,” Petter Vaun "
             "told NVR Radio on Monday.\n\n"
             "The death toll rose to five on Tuesday morning after rescuers recovered the body of a man from a house "
             "near the church, the civil protection agency said.\n\n"
             "Gristhorn's mayor has conceded that the slope above the village had not been monitored overnight, NVR "
             "reported.\n\n"
             "Geologists say the slope was loosened by a week of heavy rain.\n\n"
             "The valley, which had three times its normal November rainfall in the week before the slide, is under "
             "a fresh weather warning until Thursday.",
     "edges": [e("Rescue dogs have picked up scents in two places in the rubble of Gristhorn",
                 "nvr-news-gristhorn-h14", "his dogs had picked up scents in two places overnight", "relay",
                 ["headline"]),
               e("We have had signals. It doesn't mean someone is alive, but it does mean we keep going",
                 "nvr-news-gristhorn-h14",
                 "We have had signals. That doesn't mean someone is alive, but it means we keep going", "relay",
                 ["quote"]),
               e("the slope above the village had not been monitored overnight", "nvr-news-gristhorn-h14",
                 "the slope was watched around the clock", "relay", ["stance"]),
               e("the slope was loosened by a week of heavy rain", _L14,
                 "a week of heavy rain had probably loosened the slope", "relay", ["hedge"]),
               e("had three times its normal November rainfall in the week before the slide", _L14,
                 "three times the November average, according to the national weather service", "pickup",
                 ["attribution"])]},
    {"id": "daily-rattle-gristhorn-h14", "outlet": "The Daily Rattle",
     "url": "https://dailyrattle.example/news/2026/11/09/village-of-the-damned-gristhorn",
     "date": "2026-11-09", "title": "VILLAGE OF THE DAMNED: Officials ignored cracks for years before killer slide",
     "text": "Officials in Gristhorn ignored years of warnings that the mountain above the village was on the move — "
             "before it came crashing down and killed FIVE people.\n\n"
             "Three million cubic metres of rock and mud smashed through the sleepy village at dawn on Sunday, "
             "burying 14 homes.\n\n"
             "Terrified locals said they could see the cracks in the road for years. One said: “Anyone with eyes "
             "could see the cracks.”\n\n"
             "Mayor Selma Ruthven denied the warnings were ignored but insisted: “Nothing we saw on Saturday night "
             "told us it would go.”\n\n"
             "A second slide WILL follow, rescue chiefs warned.\n\n"
             "And rescue boss Aurin Kaddal admitted the search is now a recovery mission.\n\n"
             "Villager Anka Lowmarsh, 71, who lost her home, said: “I heard a sound like a train and then the house "
             "next door was gone.”",
     "edges": [e("Officials in Gristhorn ignored years of warnings that the mountain above the village was on the move",
                 _L14, "villagers had warned the municipality for years that the slope above Gristhorn was moving",
                 "relay", ["attribution", "headline"]),
               e("killed FIVE people", _L14, "killing at least four people", "relay", ["number"]),
               e("Three million cubic metres of rock and mud smashed through the sleepy village at dawn on Sunday, "
                 "burying 14 homes", _L14,
                 "About two million cubic metres of rock and mud came down from the slopes of Mount Penhallow at "
                 "about 5.30am, burying 14 houses", "relay", ["number", "attribution"]),
               e("they could see the cracks in the road for years", _L14,
                 "Everyone here could see the cracks in the road", "relay", ["source"]),
               e("Anyone with eyes could see the cracks", _L14, "Everyone here could see the cracks in the road",
                 "relay", ["quote"]),
               e("denied the warnings were ignored", _L14, "denied that warnings had been ignored"),
               e("Nothing we saw on Saturday night told us it would go", _L14,
                 "nothing in the readings on Saturday night suggested a collapse", "relay", ["quote"]),
               e("A second slide WILL follow, rescue chiefs warned", _L14,
                 "The civil protection agency warned that a second, smaller slide could follow", "relay", ["hedge"]),
               e("admitted the search is now a recovery mission", _L14,
                 "We are still treating this as a rescue operation, not a recovery", "relay", ["stance"])]},
    {"id": "sunday-digest-week-h14", "outlet": "The Sunday Digest",
     "url": "https://sundaydigest.example/week/2026/11/15/the-week-in-brief",
     "date": "2026-11-15", "title": "The week in brief: a slide in the Ebrel, a plant closes in Harlinge",
     "text": "THE WEEK IN BRIEF\n\n"
             "Ebrel Valley. A landslide buried 14 houses in the mountain village of Gristhorn last Sunday. Heavy "
             "rain had loosened the slope above the village, and the valley road will be closed for at least three "
             "weeks. Gristhorn was last hit by a major slide in 1911, when seven people died.\n\n"
             "Harlinge. Velmora Biotech is to close its Harlinge plant by the end of 2027, with the loss of 640 "
             "jobs. Production moves to Selbourne. Modernising the 40-year-old site would have cost more than 200 "
             "million euros.\n\n"
             "Markets. The Selbourne stock index ended the week 1.2 per cent higher.\n\n"
             "Weather. More rain is forecast for the mountains on Tuesday.",
     "edges": [e("A landslide buried 14 houses in the mountain village of Gristhorn last Sunday", _L14,
                 "burying 14 houses and a stretch of the valley road", "pickup"),
               e("Heavy rain had loosened the slope above the village", _L14,
                 "Geologists at the scene said a week of heavy rain had probably loosened the slope", "pickup",
                 ["hedge", "attribution"]),
               e("the valley road will be closed for at least three weeks", _L14,
                 "said the valley road was expected to stay closed for at least three weeks", "pickup",
                 ["hedge", "attribution"]),
               e("Gristhorn was last hit by a major slide in 1911, when seven people died", _L14,
                 "was last hit by a major landslide in 1911, when seven people died", "pickup"),
               e("Velmora Biotech is to close its Harlinge plant by the end of 2027, with the loss of 640 jobs", _V14,
                 "plans to close its manufacturing plant in Harlinge by the end of 2027, with the loss of about 640 "
                 "jobs", "pickup"),
               e("Production moves to Selbourne", _V14, "will move to its larger site in Selbourne", "pickup"),
               e("Modernising the 40-year-old site would have cost more than 200 million euros", _V14,
                 "The company estimates that modernising the Harlinge site would have required investment of more "
                 "than 200 million euros", "pickup", ["attribution"])]},
    {"id": "bergvik-tidende-gristhorn-h14", "outlet": "Bergvik Tidende (English edition)",
     "url": "https://bergviktidende.example/en/2026/11/09/gristhorn-mayor-confirms-warnings",
     "date": "2026-11-09", "title": "Gristhorn mayor confirms warnings about slope",
     "text": "GRISTHORN – At least four people are dead and 11 missing after a landslide in the Ebrel Valley, writes "
             "the news agency Larchwire.\n\n"
             "The slide came from Mount Penhallow shortly before dawn on Sunday and buried 14 houses, says the head "
             "of the regional civil protection, Aurin Kaddal.\n\n"
             "According to Kaddal, rescuers still hope to find people alive in air pockets under the masses.\n\n"
             "Several residents say that the municipality was warned for years that the mountainside was moving. "
             "The mayor, Selma Ruthven, confirms this.\n\n"
             "The regional government gives 25 million euros in emergency help, informs regional president Torvald "
             "Hesk.\n\n"
             "In Bergvik, the municipality has this autumn started measuring movement on the slopes above the old "
             "harbour.\n\n"
             "Translated by Bergvik Tidende's English desk.",
     "edges": [e("At least four people are dead and 11 missing after a landslide in the Ebrel Valley", _L14,
                 "killing at least four people and leaving 11 missing"),
               e("The slide came from Mount Penhallow shortly before dawn on Sunday and buried 14 houses", _L14,
                 "came down from the slopes of Mount Penhallow at about 5.30am, burying 14 houses"),
               e("rescuers still hope to find people alive in air pockets under the masses", _L14,
                 "There may be air pockets in the debris"),
               e("Several residents say that the municipality was warned for years that the mountainside was moving",
                 _L14, "villagers had warned the municipality for years that the slope above Gristhorn was moving",
                 "relay", ["source"]),
               e("The mayor, Selma Ruthven, confirms this", _L14, "denied that warnings had been ignored", "relay",
                 ["stance", "headline"]),
               e("The regional government gives 25 million euros in emergency help", _L14,
                 "would release an emergency fund of 25 million euros for the valley")]},
    {"id": "larchwire-vaunsby-slope-h14", "outlet": "Larchwire",
     "url": "https://larchwire.example/world/2026/11/27/vaunsby-hamlet-evacuated-slope-moving",
     "date": "2026-11-27", "title": "Hamlet evacuated as sensors show slope moving in Tessary Valley",
     "text": "VAUNSBY, Nov 27 (Larchwire) - Thirty-eight people were evacuated from the hamlet of Vaunsby in the "
             "Tessary Valley on Friday after sensors showed the hillside above it moving by several centimetres a "
             "day, local officials said.\n\n"
             "“The movement has accelerated since Wednesday. We are not taking any chances,” said district engineer "
             "Oskar Lindell.\n\n"
             "The residents will stay with relatives or in a hotel in Tessary town until at least Monday. Two "
             "farms and a chapel are inside the exclusion zone.\n\n"
             "The sensors were installed in 2023 after a rockfall closed the valley railway for a month.\n\n"
             "(Reporting by Marit Oriel; editing by Jon Caddick)",
     "edges": []},

    {"id": "nvr-news-ebrel-ski-h14", "outlet": "NVR News",
     "url": "https://nvr.example/news/2026/11/20/ebrel-valley-ski-resorts-open-on-schedule",
     "date": "2026-11-20", "title": "Ebrel Valley ski resorts to open on schedule next month",
     "text": "Ski resorts in the upper Ebrel Valley will open as planned on 12 December, the valley's tourism board "
             "has said.\n\n"
             "Snow cannons have been running since Monday at Kelvarre and Hohe Alm, and early bookings are about 5 "
             "per cent higher than last winter, board chairman Jonas Ebner said.\n\n"
             "“The valley is open for business, and our hotels need this season,” he said.\n\n"
             "A new gondola linking Kelvarre with the Penhallow glacier is due to open in January.",
     "edges": []},

    # the plant closure: a newswire reprint of the release, a business page, a local paper's interview with the works
    # council, a tabloid relaying that interview (second hop), an uncredited trade page, an analyst's blog relaying the
    # release and the business page, a broadcaster's interview with the chief executive, a distractor
    {"id": "newsdesk-direct-velmora-h14", "outlet": "NewsDesk Direct",
     "url": "https://newsdeskdirect.example/releases/2026/11/12/velmora-biotech-harlinge-plant",
     "date": "2026-11-12", "title": "Velmora to close Harlinge plant and concentrate production in Selbourne",
     "text": "NewsDesk Direct - Corporate news distribution\nSOURCE: Velmora Biotech\n\n"
             + "\n\n".join(_VELMORA_PARAS[i] for i in (1, 2, 3, 6, 9))
             + "\n\nView original release: velmora.example/press",
     "edges": [e("plans to close its manufacturing plant in Harlinge by the end of 2027, with the loss of about 640 "
                 "jobs", _V14,
                 "plans to close its manufacturing plant in Harlinge by the end of 2027, with the loss of about 640 "
                 "jobs", "copy"),
               e("Production of the company's insulin pens and injectable products at Harlinge will move to its "
                 "larger site in Selbourne", _V14,
                 "Production of the company's insulin pens and injectable products at Harlinge will move to its "
                 "larger site in Selbourne", "copy"),
               e("where Velmora expects to create about 150 new jobs", _V14,
                 "where Velmora expects to create about 150 new jobs", "copy"),
               e("it is not a reflection on the people of Harlinge", _V14,
                 "it is not a reflection on the people of Harlinge", "copy"),
               e("bringing it up to date would cost more than building new", _V14,
                 "bringing it up to date would cost more than building new", "copy"),
               e("The decision is not related to the halting of the phase 3 trial", _V14,
                 "The decision is not related to the halting of the phase 3 trial", "copy")]},
    {"id": "commerce-standard-velmora-h14", "outlet": "The Commerce Standard",
     "url": "https://commercestandard.example/companies/2026/11/13/velmora-axe-700-jobs-harlinge",
     "date": "2026-11-13", "title": "Velmora to axe 700 jobs as it shuts Harlinge plant",
     "text": "Velmora Biotech is to close its plant in Harlinge, cutting about 640 jobs, the company announced "
             "yesterday, two months after it halted the final-stage trial of its experimental obesity drug.\n\n"
             "It said production of insulin pens and injectables would move to its site in Selbourne, where it will "
             "create 150 jobs.\n\n"
             "Chief executive Lucas Fennimore said the restructuring was expected to cut annual costs by about 95 "
             "million euros from 2028. Velmora said it would book a one-off charge of about 120 million euros in its "
             "fourth-quarter results.\n\n"
             "Mr Fennimore said the Harlinge plant had been “built for products we no longer make”.\n\n"
             "The company insisted the closure had nothing to do with the VB-417 trial, but analysts were sceptical. "
             "“You don't lose your best pipeline asset in September and close a plant in November by coincidence,” "
             "said Ida Thornquist, a pharmaceuticals analyst at Brisa Capital.\n\n"
             "Shares in Velmora rose 4 per cent to 38.20 euros in Selbourne.\n\n"
             "Velmora is in talks to sell the Harlinge site and hopes to reach a deal in the first half of next year, "
             "it said.",
     "edges": [e("Velmora Biotech is to close its plant in Harlinge, cutting about 640 jobs", _V14,
                 "plans to close its manufacturing plant in Harlinge by the end of 2027, with the loss of about 640 "
                 "jobs", "relay", ["headline"]),
               e("production of insulin pens and injectables would move to its site in Selbourne", _V14,
                 "Production of the company's insulin pens and injectable products at Harlinge will move to its "
                 "larger site in Selbourne"),
               e("where it will create 150 jobs", _V14, "where Velmora expects to create about 150 new jobs", "relay",
                 ["hedge"]),
               e("the restructuring was expected to cut annual costs by about 95 million euros from 2028", _V14,
                 "The restructuring is expected to reduce annual costs by about 85 million euros from 2028", "relay",
                 ["number", "source"]),
               e("it would book a one-off charge of about 120 million euros in its fourth-quarter results", _V14,
                 "Velmora will record a one-off charge of about 120 million euros in its fourth-quarter results"),
               e("the Harlinge plant had been “built for products we no longer make”", _V14,
                 "the plant was built for products that we no longer make", "relay", ["quote"]),
               e("the closure had nothing to do with the VB-417 trial", _V14,
                 "The decision is not related to the halting of the phase 3 trial of the company's experimental "
                 "obesity drug VB-417"),
               e("hopes to reach a deal in the first half of next year", _V14,
                 "hopes to announce an agreement in the first half of 2027")]},
    {"id": "harlinge-advertiser-velmora-h14", "outlet": "Harlinge Advertiser",
     "url": "https://harlingeadvertiser.example/news/2026/11/13/velmora-workers-punch-in-the-stomach",
     "date": "2026-11-13", "title": "'A punch in the stomach': Velmora workers react to plant closure",
     "text": "Workers at Velmora's Harlinge plant have described the company's decision to close the site as “a punch "
             "in the stomach for the whole town”.\n\n"
             "Speaking to the Advertiser at the factory gates on Thursday, works council chair Brigit Solenne said "
             "staff had been told of the closure at a 15-minute meeting that morning. “Some of these people have "
             "worked here for thirty years. They found out at the same time as the press,” she said.\n\n"
             "Ms Solenne said the council would fight for every job and would commission its own study of what it "
             "would cost to modernise the plant. “Velmora says 200 million. We want to see the numbers,” she "
             "said.\n\n"
             "Velmora said in a statement that it planned to close the plant by the end of 2027, with the loss of "
             "about 640 jobs, and move production to Selbourne.\n\n"
             "Chief executive Lucas Fennimore said the decision was not a reflection on the people of Harlinge, who "
             "had done “outstanding work for four decades”.\n\n"
             "The company has promised to offer every worker a job at another site or a redundancy package.\n\n"
             "The plant, on the Ferrow Road industrial estate, opened in 1986 and is the town's largest private "
             "employer.",
     "edges": [e("Velmora says 200 million", _V14,
                 "modernising the Harlinge site would have required investment of more than 200 million euros"),
               e("it planned to close the plant by the end of 2027, with the loss of about 640 jobs, and move "
                 "production to Selbourne", _V14,
                 "plans to close its manufacturing plant in Harlinge by the end of 2027, with the loss of about 640 "
                 "jobs"),
               e("the decision was not a reflection on the people of Harlinge, who had done “outstanding work for "
                 "four decades”", _V14,
                 "it is not a reflection on the people of Harlinge, who have done outstanding work for four decades"),
               e("has promised to offer every worker a job at another site or a redundancy package", _V14,
                 "The company has committed to offer every affected employee either a role at another Velmora site or "
                 "a redundancy package")]},
    {"id": "daily-rattle-velmora-h14", "outlet": "The Daily Rattle",
     "url": "https://dailyrattle.example/money/2026/11/14/pill-giant-axes-700",
     "date": "2026-11-14", "title": "PILL GIANT AXES 700 — and workers found out from the PRESS",
     "text": "Drugs giant Velmora is axing 700 jobs at its Harlinge factory — and staff found out at the same time as "
             "reporters.\n\n"
             "Workers were told in a meeting that lasted just 15 minutes, union boss Brigit Solenne told the Harlinge "
             "Advertiser.\n\n"
             "“Some of them have given thirty years of their lives to this place,” she fumed.\n\n"
             "Velmora, which makes insulin pens, will shift production to Selbourne. Fat-cat chief Lucas Fennimore "
             "said it would cost more to fix the old plant than to build a new one.\n\n"
             "Velmora admitted the collapse of its obesity jab trial was a factor — and City insiders say the "
             "failure of the drug sealed the factory's fate.\n\n"
             "Velmora shares ROSE 4 per cent on the news.",
     "edges": [e("is axing 700 jobs at its Harlinge factory", _V14, "with the loss of about 640 jobs", "relay",
                 ["number"]),
               e("staff found out at the same time as reporters", "harlinge-advertiser-velmora-h14",
                 "They found out at the same time as the press", "relay", ["attribution", "headline"]),
               e("Workers were told in a meeting that lasted just 15 minutes", "harlinge-advertiser-velmora-h14",
                 "staff had been told of the closure at a 15-minute meeting that morning"),
               e("Some of them have given thirty years of their lives to this place",
                 "harlinge-advertiser-velmora-h14", "Some of these people have worked here for thirty years",
                 "relay", ["quote"]),
               e("will shift production to Selbourne", _V14, "will move to its larger site in Selbourne"),
               e("it would cost more to fix the old plant than to build a new one", _V14,
                 "bringing it up to date would cost more than building new"),
               e("Velmora admitted the collapse of its obesity jab trial was a factor", _V14,
                 "The decision is not related to the halting of the phase 3 trial", "relay", ["stance"]),
               e("the failure of the drug sealed the factory's fate", "commerce-standard-velmora-h14",
                 "You don't lose your best pipeline asset in September and close a plant in November by coincidence",
                 "relay", ["source"]),
               e("Velmora shares ROSE 4 per cent on the news", "commerce-standard-velmora-h14",
                 "Shares in Velmora rose 4 per cent", "pickup")]},
    {"id": "pharma-plant-review-velmora-h14", "outlet": "Pharma Plant Review",
     "url": "https://pharmaplantreview.example/sites/2026/11/16/harlinge-fill-finish-lines",
     "date": "2026-11-16", "title": "Harlinge closure: what happens to Velmora's fill-finish lines?",
     "text": "Velmora Biotech's Harlinge plant will close by the end of 2027, with around 640 jobs lost. Its insulin "
             "pen and injectables production moves to Selbourne, where 150 jobs will be created.\n\n"
             "The closure is the direct result of the failed VB-417 obesity trial, which left Velmora with capacity "
             "it no longer needs.\n\n"
             "Modernising the site would have needed more than 200 million euros of investment. The restructuring "
             "is expected to save about 85 million euros a year from 2028.\n\n"
             "Harlinge runs four fill-finish lines and a cartridge assembly hall, installed between 1991 and 2004. "
             "Equipment of that age is rarely worth moving, and used-equipment dealers expect at least two of the "
             "lines to come onto the market in 2027.\n\n"
             "A buyer for the site is being sought, with an agreement hoped for in the first half of 2027.",
     "edges": [e("Velmora Biotech's Harlinge plant will close by the end of 2027, with around 640 jobs lost", _V14,
                 "plans to close its manufacturing plant in Harlinge by the end of 2027, with the loss of about 640 "
                 "jobs", "pickup"),
               e("Its insulin pen and injectables production moves to Selbourne, where 150 jobs will be created",
                 _V14,
                 "will move to its larger site in Selbourne, where Velmora expects to create about 150 new jobs",
                 "pickup", ["hedge"]),
               e("The closure is the direct result of the failed VB-417 obesity trial", _V14,
                 "The decision is not related to the halting of the phase 3 trial", "pickup", ["stance"]),
               e("Modernising the site would have needed more than 200 million euros of investment", _V14,
                 "The company estimates that modernising the Harlinge site would have required investment of more "
                 "than 200 million euros", "pickup", ["attribution"]),
               e("The restructuring is expected to save about 85 million euros a year from 2028", _V14,
                 "The restructuring is expected to reduce annual costs by about 85 million euros from 2028", "pickup"),
               e("A buyer for the site is being sought, with an agreement hoped for in the first half of 2027", _V14,
                 "in talks with a potential buyer for the Harlinge site and hopes to announce an agreement in the "
                 "first half of 2027", "pickup")]},
    {"id": "margin-notes-velmora-h14", "outlet": "Margin Notes",
     "url": "https://marginnotes.example/2026/11/17/velmora-harlinge-not-so-fast",
     "date": "2026-11-17", "title": "Velmora and Harlinge: not so fast",
     "text": "Velmora's Harlinge announcement is being read as a confession about VB-417. I'm not so sure.\n\n"
             "The company's own release says the decision is “not related” to the trial's halt in September. The "
             "Commerce Standard quoted Ida Thornquist of Brisa Capital saying nobody loses their best pipeline asset "
             "in September and closes a plant in November by coincidence. Fair point, but Harlinge was built for "
             "products Velmora no longer makes, as Fennimore put it, and that has been true for years.\n\n"
             "The numbers: Velmora puts the annual saving at 85 million euros from 2028 (the Standard had 95 "
             "million, which isn't in the release) and the one-off charge at about 120 million.\n\n"
             "The bit nobody has noticed: Fennimore says it will 'avoid compulsory redundancies where possible'. "
             "With 640 people going, 'where possible' is doing a lot of work.\n\n"
             "My guess is a buyer is already lined up. Velmora hopes to announce one in the first half of 2027.",
     "edges": [e("the decision is “not related” to the trial's halt in September", _V14,
                 "The decision is not related to the halting of the phase 3 trial"),
               e("nobody loses their best pipeline asset in September and closes a plant in November by coincidence",
                 "commerce-standard-velmora-h14",
                 "You don't lose your best pipeline asset in September and close a plant in November by coincidence"),
               e("Harlinge was built for products Velmora no longer makes", _V14,
                 "the plant was built for products that we no longer make"),
               e("Velmora puts the annual saving at 85 million euros from 2028", _V14,
                 "reduce annual costs by about 85 million euros from 2028"),
               e("the Standard had 95 million", "commerce-standard-velmora-h14",
                 "cut annual costs by about 95 million euros"),
               e("the one-off charge at about 120 million", _V14, "a one-off charge of about 120 million euros"),
               e("it will 'avoid compulsory redundancies where possible'", _V14,
                 "The company has committed to offer every affected employee either a role at another Velmora site or "
                 "a redundancy package, and to avoid compulsory redundancies where possible", "relay", ["source"]),
               e("With 640 people going", _V14, "with the loss of about 640 jobs"),
               e("Velmora hopes to announce one in the first half of 2027", _V14,
                 "hopes to announce an agreement in the first half of 2027")]},
    {"id": "nvr-news-velmora-h14", "outlet": "NVR News",
     "url": "https://nvr.example/business/2026/11/12/velmora-fennimore-hardest-decision",
     "date": "2026-11-12", "title": "Velmora boss: Harlinge closure 'hardest decision' of my career",
     "text": "The head of Velmora Biotech has called the closure of the company's Harlinge plant the hardest decision "
             "of his time in charge.\n\n"
             "Velmora said on Thursday it would shut the site by the end of 2027. About 640 jobs will go.\n\n"
             "Speaking to NVR's Business Hour, chief executive Lucas Fennimore said talks with a buyer for the site "
             "were “well advanced”. “I would be surprised if we don't have a deal by the summer,” he said.\n\n"
             "He conceded that the failed obesity trial had played a part in the decision.\n\n"
             "Velmora has said modernising the plant would have cost more than 250 million euros.\n\n"
             "Harlinge's mayor, Aksel Brightwater, said the town would “not let this plant go quietly”.\n\n"
             "Velmora employs about 9,800 people in 14 countries.",
     "edges": [e("the closure of the company's Harlinge plant the hardest decision of his time in charge", _V14,
                 "This is the hardest decision I have had to take at Velmora"),
               e("it would shut the site by the end of 2027", _V14,
                 "plans to close its manufacturing plant in Harlinge by the end of 2027"),
               e("About 640 jobs will go", _V14, "with the loss of about 640 jobs"),
               e("the failed obesity trial had played a part in the decision", _V14,
                 "The decision is not related to the halting of the phase 3 trial", "relay", ["stance"]),
               e("modernising the plant would have cost more than 250 million euros", _V14,
                 "modernising the Harlinge site would have required investment of more than 200 million euros",
                 "relay", ["number"]),
               e("Velmora employs about 9,800 people in 14 countries", _V14,
                 "It employs about 9,800 people in 14 countries", "pickup")]},
    {"id": "harlinge-advertiser-velmora-buyer-h14", "outlet": "Harlinge Advertiser",
     "url": "https://harlingeadvertiser.example/news/2026/11/19/velmora-site-buyer-by-summer",
     "date": "2026-11-19", "title": "Velmora site buyer 'by summer', says chief",
     "text": "A buyer for Velmora's Harlinge plant could be found by the summer, the company's chief executive has "
             "said.\n\n"
             "Lucas Fennimore told NVR's Business Hour that talks with a potential buyer were “well advanced”, "
             "adding: “I'd be surprised if there's no deal by summer.”\n\n"
             "The works council said on Wednesday it had not been told who the buyer was. Chair Brigit Solenne said "
             "any buyer must keep “as many of our people as possible”.\n\n"
             "Velmora plans to close the plant by the end of 2027 with the loss of about 640 jobs.\n\n"
             "The first formal consultation meeting between the company and the works council took place on "
             "Tuesday.",
     "edges": [e("A buyer for Velmora's Harlinge plant could be found by the summer", "nvr-news-velmora-h14",
                 "I would be surprised if we don't have a deal by the summer"),
               e("talks with a potential buyer were “well advanced”", "nvr-news-velmora-h14",
                 "talks with a buyer for the site were “well advanced”"),
               e("I'd be surprised if there's no deal by summer", "nvr-news-velmora-h14",
                 "I would be surprised if we don't have a deal by the summer", "relay", ["quote"]),
               e("Velmora plans to close the plant by the end of 2027 with the loss of about 640 jobs", _V14,
                 "plans to close its manufacturing plant in Harlinge by the end of 2027, with the loss of about 640 "
                 "jobs")]},
    {"id": "commerce-standard-caddwell-h14", "outlet": "The Commerce Standard",
     "url": "https://commercestandard.example/companies/2026/11/26/caddwell-pharma-selbourne-expansion",
     "date": "2026-11-26", "title": "Caddwell Pharma to add 300 jobs at Selbourne insulin site",
     "text": "Caddwell Pharma is to spend 180 million euros expanding its insulin plant in Selbourne, creating about "
             "300 jobs over three years, the company said yesterday.\n\n"
             "The expansion will add two production lines for prefilled pens and a new warehouse, and is due to be "
             "completed in 2029.\n\n"
             "“Demand for insulin in Europe is growing faster than anyone predicted five years ago,” said chief "
             "operating officer Linnea Eskdale.\n\n"
             "Shares in Caddwell were little changed at 61.40 euros.",
     "edges": []},

    # the hospital exclusive: a sister paper's whole copy, a wire story relaying it, a sub-edited copy of the wire
    # story, a TV interview with the minister, a tabloid relaying the TV interview and the exclusive (second hop), a
    # national paper, a nurses' journal, an uncredited column, a distractor
    {"id": "southfold-echo-wexley-h14", "outlet": "The Southfold Echo",
     "url": "https://southfoldecho.example/news/2026/11/18/three-patients-died-trolley-waits-wexley",
     "date": "2026-11-18", "title": "Three patients died after trolley waits at Wexley General",
     "text": _WEXLEY + "\n\nThis article first appeared in our sister paper, the Aldmere Chronicle.",
     "edges": [e("patients are being treated in its corridors every day", _A14,
                 "patients are being treated in its corridors every day", "copy"),
               e("more than 1,100 patients waited over 12 hours in its emergency department in October", _A14,
                 "more than 1,100 patients waited over 12 hours in its emergency department in October", "copy"),
               e("We are running a second hospital in our corridors", _A14,
                 "We are running a second hospital in our corridors", "copy"),
               e("The longest wait recorded was 41 hours", _A14, "The longest wait recorded was 41 hours", "copy"),
               e("96 patients who were medically fit to leave could not be discharged", _A14,
                 "96 patients who were medically fit to leave could not be discharged", "copy"),
               e("at least three patients had died this year after long waits on trolleys", _A14,
                 "at least three patients had died this year after long waits on trolleys", "copy", ["headline"]),
               e("Nobody has asked me to hide anything, and I wouldn't", _A14,
                 "Nobody has asked me to hide anything, and I wouldn't", "copy"),
               e("Wexley General's budget had risen by 6 per cent this year", _A14,
                 "Wexley General's budget had risen by 6 per cent this year", "copy")]},
    {"id": "larchwire-wexley-h14", "outlet": "Larchwire",
     "url": "https://larchwire.example/health/2026/11/18/aldmere-hospital-corridors-every-day",
     "date": "2026-11-18", "title": "Hospital chief says patients treated in corridors daily - newspaper",
     "text": _LARCH_WEXLEY,
     "edges": [e("Patients at Wexley General Hospital in Aldmere are being treated in corridors every day", _A14,
                 "patients are being treated in its corridors every day"),
               e("a near doubling of 12-hour waits in its emergency department", _A14,
                 "1,140 patients spent more than 12 hours in the emergency department last month, up from 610 in "
                 "October last year"),
               e("We are running a second hospital in our corridors", _A14,
                 "We are running a second hospital in our corridors"),
               e("1,140 patients spent more than 12 hours in the emergency department in October, compared with 610 "
                 "a year earlier", _A14,
                 "1,140 patients spent more than 12 hours in the emergency department last month, up from 610 in "
                 "October last year"),
               e("The report blamed a shortage of care home places", _A14,
                 "It identifies a shortage of care home places as the main cause of the delays"),
               e("the hospital needed about 70 more beds for the winter", _A14,
                 "the hospital will need about 70 extra beds to cope with demand this winter"),
               e("at least three patients had died this year after long waits", _A14,
                 "at least three patients had died this year after long waits on trolleys"),
               e("Wexley General's budget had increased by 6 per cent this year", _A14,
                 "The health ministry said in a statement that Wexley General's budget had risen by 6 per cent this "
                 "year", "relay", ["source"])]},
    {"id": "kilbride-journal-wexley-h14", "outlet": "The Kilbride Journal",
     "url": "https://kilbridejournal.example/national/2026/11/19/hospital-chief-patients-treated-in-corridors",
     "date": "2026-11-19", "title": "Hospital chief: patients treated in corridors",
     "text": "ALDMERE (Larchwire) - Patients at Wexley General Hospital are treated in corridors every day, its chief "
             "executive has said.\n\n"
             "“We are running a second hospital in the corridors,” Dr Hanna Merrick told the Aldmere Chronicle.\n\n"
             "Leaked figures show 1,400 patients spent more than 12 hours in the emergency department in October, "
             "against 610 a year earlier.\n\n"
             "At least three patients have died this year after long waits, doctors said.\n\n"
             "Health minister Clara Dunstan will visit the hospital on Friday.",
     "edges": [e("Patients at Wexley General Hospital are treated in corridors every day", "larchwire-wexley-h14",
                 "Patients at Wexley General Hospital in Aldmere are being treated in corridors every day", "copy"),
               e("We are running a second hospital in the corridors", "larchwire-wexley-h14",
                 "We are running a second hospital in our corridors", "copy", ["quote"]),
               e("1,400 patients spent more than 12 hours in the emergency department in October",
                 "larchwire-wexley-h14",
                 "1,140 patients spent more than 12 hours in the emergency department in October", "copy",
                 ["number"]),
               e("against 610 a year earlier", "larchwire-wexley-h14", "compared with 610 a year earlier", "copy"),
               e("At least three patients have died this year after long waits, doctors said", "larchwire-wexley-h14",
                 "Two doctors told the Chronicle that at least three patients had died this year after long waits",
                 "copy"),
               e("Health minister Clara Dunstan will visit the hospital on Friday", "larchwire-wexley-h14",
                 "Dunstan will visit the hospital on Friday, her office said", "copy", ["attribution"])]},
    {"id": "northstar-tv-wexley-h14", "outlet": "Northstar TV",
     "url": "https://northstartv.example/news/2026/11/19/minister-no-evidence-wexley-deaths",
     "date": "2026-11-19", "title": "Minister: 'no evidence' trolley waits caused deaths at Wexley General",
     "text": "The health minister has said she has seen “no evidence” that any patient at Wexley General Hospital died "
             "because of a long wait in its emergency department.\n\n"
             "Speaking to Northstar TV's Evening Report on Thursday, Clara Dunstan said every death in hospital was "
             "reviewed. “If a patient has been harmed by a delay, I want to know about it. But I have seen no "
             "evidence of that at Wexley,” she said.\n\n"
             "Two senior doctors at the hospital told the Aldmere Chronicle this week that at least three patients "
             "had died this year after long waits on trolleys.\n\n"
             "Ms Dunstan promised that 40 extra beds would be open by Christmas.\n\n"
             "The hospital's chief executive, Dr Hanna Merrick, told the Chronicle that the hospital was running “a "
             "second hospital in our corridors” and that things were likely to get worse before they got better.\n\n"
             "According to figures obtained by the newspaper, more than 1,100 patients waited over 12 hours in "
             "October.",
     "edges": [e("at least three patients had died this year after long waits on trolleys", _A14,
                 "at least three patients had died this year after long waits on trolleys"),
               e("the hospital was running “a second hospital in our corridors”", _A14,
                 "We are running a second hospital in our corridors"),
               e("things were likely to get worse before they got better", _A14,
                 "likely to get worse before it gets better"),
               e("more than 1,100 patients waited over 12 hours in October", _A14,
                 "more than 1,100 patients waited over 12 hours in its emergency department in October")]},
    {"id": "daily-rattle-wexley-h14", "outlet": "The Daily Rattle",
     "url": "https://dailyrattle.example/news/2026/11/20/death-corridors-wexley-general",
     "date": "2026-11-20", "title": "DEATH CORRIDORS: Three died on trolleys as minister says 'no evidence'",
     "text": "THREE patients have died on trolleys after waiting for hours in the corridors of a crisis-hit hospital "
             "— but the health minister says she has seen no evidence anyone was harmed.\n\n"
             "Medics at Wexley General in Aldmere say the trio died after being left on trolleys for hours, with one "
             "patient waiting a shocking 48 HOURS.\n\n"
             "Health minister Clara Dunstan told Northstar TV: “I have seen no proof of harm at Wexley.”\n\n"
             "Hospital boss Dr Hanna Merrick admitted: “We are running a second hospital in the corridors. It isn't "
             "safe.”\n\n"
             "She warned that operations WILL be cancelled in December — and admitted she had been told to keep "
             "quiet about the figures.\n\n"
             "Shamefully, 96 patients a day are stuck in beds because there are no care home places for them.\n\n"
             "Grieving daughter Paula Stennet, 52, whose mother spent 30 hours on a trolley in August, said: “She "
             "was treated like a parcel.”",
     "edges": [e("THREE patients have died on trolleys after waiting for hours in the corridors", _A14,
                 "at least three patients had died this year after long waits on trolleys", "relay",
                 ["attribution", "headline"]),
               e("she has seen no evidence anyone was harmed", "northstar-tv-wexley-h14",
                 "I have seen no evidence of that at Wexley"),
               e("the trio died after being left on trolleys for hours", _A14,
                 "at least three patients had died this year after long waits on trolleys"),
               e("one patient waiting a shocking 48 HOURS", _A14, "The longest wait recorded was 41 hours", "relay",
                 ["number", "source"]),
               e("I have seen no proof of harm at Wexley", "northstar-tv-wexley-h14",
                 "I have seen no evidence of that at Wexley", "relay", ["quote"]),
               e("We are running a second hospital in the corridors. It isn't safe", _A14,
                 "We are running a second hospital in our corridors. It is not safe", "relay", ["quote"]),
               e("operations WILL be cancelled in December", _A14,
                 "the hospital might have to cancel planned operations in December", "relay", ["hedge"]),
               e("admitted she had been told to keep quiet about the figures", _A14,
                 "Dr Merrick denied that the health ministry had told her to keep the figures private", "relay",
                 ["stance"]),
               e("96 patients a day are stuck in beds because there are no care home places for them", _A14,
                 "on an average day in October, 96 patients who were medically fit to leave could not be discharged",
                 "relay", ["attribution"])]},
    {"id": "vessa-times-wexley-h14", "outlet": "The Vessa Times",
     "url": "https://vessatimes.example/health/2026/11/19/hospital-chief-gagged-corridor-figures",
     "date": "2026-11-19", "title": "Hospital chief 'gagged' by ministry over corridor care figures",
     "text": "A hospital chief executive has said that patients are being cared for in corridors every day, "
             "according to a report in the Aldmere Chronicle.\n\n"
             "Dr Hanna Merrick, who took over at Wexley General Hospital in June, told the paper: “It isn't safe and "
             "it isn't dignified.”\n\n"
             "The Chronicle reported that an internal board report showed 1,140 patients waited more than 12 hours "
             "in the hospital's emergency department in October, up from 610 a year earlier. One patient waited 41 "
             "hours.\n\n"
             "The report is said to blame the shortage of care home places, with almost 100 patients a day medically "
             "fit to leave but unable to go.\n\n"
             "Dr Merrick denied suggestions that the ministry had told her to keep the figures quiet. The health "
             "ministry said in a statement that Wexley General's budget had not risen this year.\n\n"
             "The Patients' Alliance called for an independent inquiry into emergency care in the region. Its chair, "
             "Omar Pellin, said: “These figures are not a blip. They are a system breaking in slow motion.”\n\n"
             "Wexley General serves around 520,000 people.",
     "edges": [e("patients are being cared for in corridors every day", _A14,
                 "patients are being treated in its corridors every day"),
               e("It isn't safe and it isn't dignified", _A14, "It is not safe, it is not dignified", "relay",
                 ["quote"]),
               e("1,140 patients waited more than 12 hours in the hospital's emergency department in October, up from "
                 "610 a year earlier", _A14,
                 "1,140 patients spent more than 12 hours in the emergency department last month, up from 610 in "
                 "October last year"),
               e("One patient waited 41 hours", _A14, "The longest wait recorded was 41 hours"),
               e("The report is said to blame the shortage of care home places", _A14,
                 "It identifies a shortage of care home places as the main cause of the delays"),
               e("almost 100 patients a day medically fit to leave but unable to go", _A14,
                 "96 patients who were medically fit to leave could not be discharged", "relay", ["number"]),
               e("Dr Merrick denied suggestions that the ministry had told her to keep the figures quiet", _A14,
                 "Dr Merrick denied that the health ministry had told her to keep the figures private", "relay",
                 ["headline"]),
               e("Wexley General's budget had not risen this year", _A14,
                 "Wexley General's budget had risen by 6 per cent this year", "relay", ["stance"]),
               e("Wexley General serves around 520,000 people", _A14,
                 "Wexley General, which serves about 520,000 people", "pickup")]},
    {"id": "ward-round-wexley-h14", "outlet": "Ward Round",
     "url": "https://wardround.example/news/2026/11/20/wexley-nurses-exhausted-corridor-care",
     "date": "2026-11-20", "title": "Wexley nurses 'exhausted' as corridor care becomes routine",
     "text": "Nurses at Wexley General Hospital are caring for patients in corridors every day, the hospital has "
             "acknowledged.\n\n"
             "Dr Hanna Merrick, the chief executive, said in an interview with the Aldmere Chronicle that her staff "
             "knew better than anyone that corridor care was not safe.\n\n"
             "More than 1,100 patients waited longer than 12 hours in the emergency department in October, "
             "Larchwire reported, citing an internal report.\n\n"
             "Health minister Clara Dunstan, who visited the hospital on Friday, has said she will open 40 more beds "
             "there before Christmas, according to Northstar TV.\n\n"
             "Gemma Tarlow, a regional organiser for the Nurses' Union, said members at Wexley were “exhausted and "
             "frightened of making mistakes”.\n\n"
             "The union is surveying its members across the region on corridor care and will publish the results in "
             "January.",
     "edges": [e("Nurses at Wexley General Hospital are caring for patients in corridors every day, the hospital has "
                 "acknowledged", _A14,
                 "The chief executive of Wexley General Hospital has admitted that patients are being treated in its "
                 "corridors every day", "relay", ["source"]),
               e("her staff knew better than anyone that corridor care was not safe", _A14,
                 "It is not safe, it is not dignified, and my staff know that better than anyone"),
               e("More than 1,100 patients waited longer than 12 hours in the emergency department in October",
                 "larchwire-wexley-h14",
                 "1,140 patients spent more than 12 hours in the emergency department in October"),
               e("she will open 40 more beds there before Christmas", "northstar-tv-wexley-h14",
                 "40 extra beds would be open by Christmas")]},
    {"id": "vessa-times-corridor-column-h14", "outlet": "The Vessa Times",
     "url": "https://vessatimes.example/opinion/2026/11/22/corridor-care-is-a-choice",
     "date": "2026-11-22", "title": "Corridor care is a choice, and we keep making it",
     "text": "By Ruth Caddel\n\n"
             "At Wexley General in Aldmere, 1,140 people spent more than 12 hours in the emergency department in "
             "October, a board report shows. A year earlier it was 610. One patient waited 41 hours.\n\n"
             "This is not a hospital that has lost control. Its chief executive is admirably blunt: it is running a "
             "second hospital in its corridors.\n\n"
             "The cause is not in the hospital at all. On an average day, nearly a hundred patients who are well "
             "enough to leave cannot, because there is no care home place for them.\n\n"
             "Three patients have died after long waits on trolleys this year.\n\n"
             "The ministry has cut Wexley's budget this year, whatever it says.\n\n"
             "Ministers could fix this by paying care homes properly. They choose not to.",
     "edges": [e("1,140 people spent more than 12 hours in the emergency department in October", _A14,
                 "1,140 patients spent more than 12 hours in the emergency department last month"),
               e("A year earlier it was 610", _A14, "up from 610 in October last year"),
               e("One patient waited 41 hours", _A14, "The longest wait recorded was 41 hours"),
               e("it is running a second hospital in its corridors", _A14,
                 "We are running a second hospital in our corridors"),
               e("nearly a hundred patients who are well enough to leave cannot", _A14,
                 "96 patients who were medically fit to leave could not be discharged", "pickup",
                 ["number", "attribution"]),
               e("Three patients have died after long waits on trolleys this year", _A14,
                 "at least three patients had died this year after long waits on trolleys", "pickup",
                 ["hedge", "attribution"]),
               e("The ministry has cut Wexley's budget this year", _A14,
                 "Wexley General's budget had risen by 6 per cent this year", "pickup", ["stance"])]},
    {"id": "southfold-echo-anselm-nurses-h14", "outlet": "The Southfold Echo",
     "url": "https://southfoldecho.example/news/2026/11/24/st-anselms-recruit-nurses-abroad",
     "date": "2026-11-24", "title": "St Anselm's to recruit 60 nurses from abroad",
     "text": "St Anselm's Hospital in Southfold is to recruit 60 nurses from abroad to fill vacancies on its medical "
             "wards, its director of nursing has said.\n\n"
             "The hospital has 112 nursing vacancies, about one in eight posts, according to figures published at "
             "its board meeting on Monday.\n\n"
             "“We have tried everything locally, and we will keep trying, but we cannot leave wards short all "
             "winter,” said director of nursing Paul Ardley.\n\n"
             "The first recruits are expected to start in March after a six-week induction course.",
     "edges": []},
]

_NHPA_H15 = ("NORVENNA HEALTH PROTECTION AGENCY\nPress release\nLegionnaires' disease outbreak in Aldermouth: update\n"
             "9 November 2026\n\n"
             "Twenty-three people have now been confirmed with Legionnaires' disease in Aldermouth since 27 October, and "
             "two of them have died, the Norvenna Health Protection Agency (NHPA) said today.\n\n"
             "Seventeen patients are being treated in hospital, four of them in intensive care at Aldermouth General "
             "Hospital. Most of the cases are men over 50, and several have underlying health conditions.\n\n"
             "Our investigation indicates that the source of the outbreak is most likely a cooling tower on the roof of "
             "the Tannery Gate shopping centre. Samples taken from the tower on 4 November tested positive for "
             "Legionella bacteria, and the tower was shut down and disinfected the same day.\n\n"
             "“Our thoughts are with the families of the two people who have died,” said Dr Ingrid Salo, the agency's "
             "director of health protection. “Legionnaires' disease is not passed from person to person, and the risk "
             "to the general public remains low.”\n\n"
             "Dr Salo said further cases could still be reported over the next two weeks, because the illness can take "
             "up to 14 days to develop after exposure.\n\n"
             "There is no evidence that the town's drinking water supply has been affected, and residents do not need "
             "to take any precautions at home.\n\n"
             "Environmental health officers from Aldermouth Borough Council have inspected 41 other cooling towers in "
             "the town centre. Two were found to need additional cleaning; none has tested positive.\n\n"
             "Anyone who has visited the Tannery Gate area since mid-October and develops flu-like symptoms, a high "
             "temperature, a cough or shortness of breath should contact their doctor and mention this outbreak. "
             "Legionnaires' disease can be treated effectively with antibiotics if it is caught early.\n\n"
             "The shopping centre's owner, Pennick Estates, is cooperating fully with the investigation, the agency "
             "said.\n\n"
             "Notes to editors: The NHPA is Norvenna's national agency for infectious disease control. Media enquiries: "
             "press@nhpa.example")

_LINNET_H15 = ("VELLIS, Nov 12 (Linnet Wire) - Tessary's aviation regulator on Thursday ordered Lumara Airways to ground 11 "
               "of its 18 Falk 220 turboprop aircraft after inspectors found cracks in engine mounts on two of the "
               "planes, forcing the airline to cancel about 140 flights this week.\n\n"
               "The Civil Aviation Authority (CAA) said the remaining seven aircraft could keep flying until they had "
               "been inspected, which it expected to happen by Sunday.\n\n"
               "“We are not prepared to take any risk with the safety of passengers,” CAA director general Marius Oden "
               "told reporters in Vellis. “These aircraft will stay on the ground until we are satisfied that every "
               "mount has been checked and, where necessary, replaced.”\n\n"
               "The cracks were found during routine maintenance at Lumara's hangar at Vellis airport last week. There "
               "is no indication that they were linked to any incident in flight, the authority said.\n\n"
               "Lumara, Tessary's second-largest airline, flies the Falk 220 mainly on domestic routes and to the "
               "Gullane Islands. The grounding affects about 9,000 passengers, the airline estimated.\n\n"
               "Lumara chief executive Sabine Theil said in a statement that the airline would rebook passengers on "
               "other flights or refund them in full. She said the airline had found the cracks itself and reported "
               "them immediately.\n\n"
               "Two people familiar with the inspections said the cracks were probably caused by a faulty batch of "
               "mounts supplied in 2023, and that other operators of the Falk 220 could be affected.\n\n"
               "Falk Aerospace, the plane's manufacturer, declined to comment on the cause, but said it was working "
               "closely with the airline and the regulator.\n\n"
               "The Tessary Pilots' Association said it had warned about maintenance pressures at Lumara in August. The "
               "airline denied that cost-cutting played any part.\n\n"
               "Shares in Lumara fell 6.5 per cent in Vellis trading.\n\n"
               "(Reporting by Petra Halm; editing by Joel Renwick)")

_KELDBY_H15 = ("By Tom Bellamy, Local Government Reporter\n\n"
               "Keldby City Council will close four of its 11 public libraries next year as it tries to fill a 38 million "
               "euro hole in its budget, the council's leader has told the Chronicle.\n\n"
               "In an interview at the town hall on Monday, Councillor Agnes Marlow said the closures were “the hardest "
               "decision I have had to make in public life”, but that the council had “run out of easy options”.\n\n"
               "She said council tax was likely to rise by 4.9 per cent in April, the maximum allowed without a local "
               "referendum.\n\n"
               "“We have lost almost a third of our government grant since 2020. No amount of efficiency savings fills "
               "that,” Cllr Marlow said.\n\n"
               "The libraries earmarked for closure are at Nettlefield, Sallow Hill, Briar Lane and the Old Market "
               "branch, she said. The central library would extend its opening hours to make up for the loss.\n\n"
               "She ruled out closing any of the city's three public swimming pools. “The pools stay open. I have been "
               "very clear about that,” she said.\n\n"
               "About 120 council jobs could go, most of them through voluntary redundancy, according to a draft budget "
               "seen by the Chronicle.\n\n"
               "The council may also sell the Wool Hall, which costs about 900,000 euros a year to maintain, Cllr "
               "Marlow said, although no decision had been taken.\n\n"
               "Opposition leader Declan Frew called the plans “an act of vandalism against the poorest parts of the "
               "city”.\n\n"
               "The draft budget will be published on 1 December and put to a full council vote in February.")

_A15, _B15, _C15 = ("nhpa-legionella-aldermouth-h15", "linnet-wire-lumara-grounding-h15",
                    "keldby-chronicle-libraries-interview-h15")
_NHPA_H15_PARAS = _NHPA_H15.split("\n\n")

HELD_OUT_15 = [
    # origins written for this set: a national health agency's press release on a Legionnaires' disease outbreak (a
    # director, figures, a hedged source, a denial of person-to-person spread, the council's inspections), a wire
    # report on an aviation regulator grounding an airline's turboprops (a director general, an airline's statement,
    # anonymous sources with a hedge, a pilots' body, a denial) and a local paper's exclusive interview with a council
    # leader on budget cuts (a hedged tax rise, a ruled-out closure, a draft budget's figure, an opposition leader)
    {"id": _A15, "outlet": "Norvenna Health Protection Agency",
     "url": "https://nhpa.example/news/2026/11/09/legionnaires-disease-outbreak-aldermouth-update",
     "date": "2026-11-09", "title": "Legionnaires' disease outbreak in Aldermouth: update",
     "text": _NHPA_H15, "edges": []},
    {"id": _B15, "outlet": "Linnet Wire",
     "url": "https://linnetwire.example/business/2026/11/12/tessary-regulator-grounds-lumara-falk-220",
     "date": "2026-11-12", "title": "Tessary regulator grounds 11 Lumara turboprops over engine mount cracks",
     "text": _LINNET_H15, "edges": []},
    {"id": _C15, "outlet": "The Keldby Chronicle",
     "url": "https://keldbychronicle.example/news/2026/11/17/exclusive-four-keldby-libraries-to-close",
     "date": "2026-11-17", "title": "Exclusive: Keldby to close four libraries as council faces 38m euro gap",
     "text": _KELDBY_H15, "edges": []},

    # the outbreak: a newswire reprint of the release (trimmed), a national broadcaster's story with its own radio
    # interview, a national paper relaying that interview (second hop), a local paper with a patient's story, a
    # tabloid, an uncredited trade page, a health newsletter's roundup, two distractors
    {"id": "pressbridge-nhpa-legionella-h15", "outlet": "Pressbridge Newswire",
     "url": "https://pressbridge.example/releases/2026/11/09/nhpa-legionnaires-disease-outbreak-aldermouth-update",
     "date": "2026-11-09", "title": "Legionnaires' disease outbreak in Aldermouth: update",
     "text": "Pressbridge Newswire - Release distribution\nSOURCE: Norvenna Health Protection Agency\n\n"
             + "\n\n".join(_NHPA_H15_PARAS[i] for i in (1, 2, 3, 4, 6, 8))
             + "\n\nFor the full release visit nhpa.example/news",
     "edges": [e("Twenty-three people have now been confirmed with Legionnaires' disease in Aldermouth since 27 "
                 "October, and two of them have died", _A15,
                 "Twenty-three people have now been confirmed with Legionnaires' disease in Aldermouth since 27 "
                 "October, and two of them have died", "copy"),
               e("Seventeen patients are being treated in hospital, four of them in intensive care at Aldermouth "
                 "General Hospital", _A15,
                 "Seventeen patients are being treated in hospital, four of them in intensive care at Aldermouth "
                 "General Hospital", "copy"),
               e("Most of the cases are men over 50, and several have underlying health conditions", _A15,
                 "Most of the cases are men over 50, and several have underlying health conditions", "copy"),
               e("the source of the outbreak is most likely a cooling tower on the roof of the Tannery Gate shopping "
                 "centre", _A15,
                 "the source of the outbreak is most likely a cooling tower on the roof of the Tannery Gate shopping "
                 "centre", "copy"),
               e("Samples taken from the tower on 4 November tested positive for Legionella bacteria", _A15,
                 "Samples taken from the tower on 4 November tested positive for Legionella bacteria", "copy"),
               e("Our thoughts are with the families of the two people who have died", _A15,
                 "Our thoughts are with the families of the two people who have died", "copy"),
               e("Legionnaires' disease is not passed from person to person, and the risk to the general public "
                 "remains low", _A15,
                 "Legionnaires' disease is not passed from person to person, and the risk to the general public "
                 "remains low", "copy"),
               e("There is no evidence that the town's drinking water supply has been affected", _A15,
                 "There is no evidence that the town's drinking water supply has been affected", "copy"),
               e("Anyone who has visited the Tannery Gate area since mid-October and develops flu-like symptoms", _A15,
                 "Anyone who has visited the Tannery Gate area since mid-October and develops flu-like symptoms",
                 "copy")]},
    {"id": "nvb-news-aldermouth-legionnaires-h15", "outlet": "NVB News",
     "url": "https://nvb.example/news/health/2026/11/09/aldermouth-legionnaires-cooling-tower-source",
     "date": "2026-11-09", "title": "Legionnaires' outbreak: shopping centre cooling tower was the source, agency says",
     "text": "Two people have died and 21 others have fallen ill in an outbreak of Legionnaires' disease in "
             "Aldermouth, health officials have said.\n\n"
             "The Norvenna Health Protection Agency said a cooling tower on the roof of the Tannery Gate shopping "
             "centre was the most likely source.\n\n"
             "Speaking to NVB Radio's Morning Edition on Monday, the agency's director of health protection, Dr Ingrid "
             "Salo, said laboratory staff were comparing the bacteria found in the tower with samples from patients "
             "to confirm the link.\n\n"
             "“I would expect the number of new cases to fall away by the end of the month, but we are not there "
             "yet,” she said.\n\n"
             "Seventeen people remain in hospital, four of them in intensive care. Most of the patients are men over "
             "50, and several have underlying health conditions.\n\n"
             "Samples from the tower tested positive for Legionella bacteria on 4 November, the agency said.\n\n"
             "The agency says the illness is not passed from person to person and the risk to the public is low.\n\n"
             "Aldermouth Borough Council said its officers had inspected 41 other cooling towers in the town centre "
             "and none had tested positive.\n\n"
             "Pennick Estates, which owns the shopping centre, said it was cooperating fully with the investigation.\n\n"
             "Shops in the centre stayed open on Monday, although several shoppers told NVB News they would be "
             "staying away for now.",
     "edges": [e("Two people have died and 21 others have fallen ill in an outbreak of Legionnaires' disease in "
                 "Aldermouth", _A15,
                 "Twenty-three people have now been confirmed with Legionnaires' disease in Aldermouth since 27 "
                 "October, and two of them have died"),
               e("a cooling tower on the roof of the Tannery Gate shopping centre was the most likely source", _A15,
                 "the source of the outbreak is most likely a cooling tower on the roof of the Tannery Gate shopping "
                 "centre", "relay", ["headline"]),
               e("Seventeen people remain in hospital, four of them in intensive care", _A15,
                 "Seventeen patients are being treated in hospital, four of them in intensive care"),
               e("Most of the patients are men over 50, and several have underlying health conditions", _A15,
                 "Most of the cases are men over 50, and several have underlying health conditions"),
               e("Samples from the tower tested positive for Legionella bacteria on 4 November", _A15,
                 "Samples taken from the tower on 4 November tested positive for Legionella bacteria"),
               e("the illness is not passed from person to person and the risk to the public is low", _A15,
                 "Legionnaires' disease is not passed from person to person, and the risk to the general public "
                 "remains low"),
               e("Aldermouth Borough Council said its officers had inspected 41 other cooling towers in the town "
                 "centre and none had tested positive", _A15,
                 "Environmental health officers from Aldermouth Borough Council have inspected 41 other cooling "
                 "towers in the town centre", "relay", ["source"]),
               e("Pennick Estates, which owns the shopping centre, said it was cooperating fully with the "
                 "investigation", _A15,
                 "The shopping centre's owner, Pennick Estates, is cooperating fully with the investigation, the "
                 "agency said", "relay", ["source"])]},
    {"id": "norvenna-times-legionnaires-h15", "outlet": "The Norvenna Times",
     "url": "https://norvennatimes.example/health/2026/11/10/legionnaires-cases-will-fall-health-chief",
     "date": "2026-11-10", "title": "Legionnaires' cases will fall by end of month, health chief says",
     "text": "The number of new Legionnaires' disease cases in Aldermouth should fall away by the end of the month, "
             "the official leading the response to the outbreak has said.\n\n"
             "Dr Ingrid Salo, of the Norvenna Health Protection Agency, told NVB Radio that laboratory staff were "
             "comparing bacteria from a shopping centre cooling tower with samples taken from patients.\n\n"
             "Twenty-three cases have been confirmed since late October, two of them fatal. Most of those affected "
             "are men over 50.\n\n"
             "Samples from a cooling tower on the roof of the Tannery Gate shopping centre tested positive for "
             "Legionella on 4 November, the agency said. The tower was shut down and disinfected the same day.\n\n"
             "There is no risk from tap water, health officials say. “Legionnaires' is not caught from other "
             "people, and the danger to the public is still low,” Dr Salo said in a statement.\n\n"
             "Opposition health spokesperson Mira Coyle called for a national register of cooling towers. “We "
             "register dogs, but not the machines that can kill dozens of people,” she said.\n\n"
             "The health ministry said it would consider the proposal.",
     "edges": [e("should fall away by the end of the month", "nvb-news-aldermouth-legionnaires-h15",
                 "I would expect the number of new cases to fall away by the end of the month", "relay",
                 ["headline"]),
               e("laboratory staff were comparing bacteria from a shopping centre cooling tower with samples taken from "
                 "patients", "nvb-news-aldermouth-legionnaires-h15",
                 "laboratory staff were comparing the bacteria found in the tower with samples from patients"),
               e("Twenty-three cases have been confirmed since late October, two of them fatal", _A15,
                 "Twenty-three people have now been confirmed with Legionnaires' disease in Aldermouth since 27 "
                 "October, and two of them have died"),
               e("Most of those affected are men over 50", _A15, "Most of the cases are men over 50"),
               e("Samples from a cooling tower on the roof of the Tannery Gate shopping centre tested positive for "
                 "Legionella on 4 November", _A15,
                 "Samples taken from the tower on 4 November tested positive for Legionella bacteria"),
               e("The tower was shut down and disinfected the same day", _A15,
                 "the tower was shut down and disinfected the same day"),
               e("There is no risk from tap water", _A15,
                 "There is no evidence that the town's drinking water supply has been affected", "relay",
                 ["hedge"]),
               e("Legionnaires' is not caught from other people, and the danger to the public is still low", _A15,
                 "Legionnaires' disease is not passed from person to person, and the risk to the general public "
                 "remains low", "relay", ["quote"])]},
    {"id": "aldermouth-echo-patient-h15", "outlet": "Aldermouth Echo",
     "url": "https://aldermouthecho.example/news/2026/11/10/i-thought-it-was-flu-legionnaires-patient",
     "date": "2026-11-10", "title": "'I thought it was flu': Aldermouth Legionnaires' patient speaks",
     "text": "A grandfather from Aldermouth who spent five days in intensive care with Legionnaires' disease has told "
             "how he thought he had “a bad dose of flu”.\n\n"
             "Keith Varley, 67, said he had been shopping at Tannery Gate twice in the week before he fell ill. “By the "
             "Thursday I couldn't get out of bed. My wife called an ambulance,” he said.\n\n"
             "He is one of 23 people confirmed with the disease since 27 October, according to the Norvenna Health "
             "Protection Agency. Two people have died. “We think of the families of the two who have died,” said Dr "
             "Ingrid Salo of the agency.\n\n"
             "Aldermouth General Hospital said 17 patients were being treated on its wards, four of them in intensive "
             "care.\n\n"
             "The agency said on Monday that a cooling tower on the shopping centre's roof was most likely to blame. "
             "Samples from the tower tested positive for Legionella and it was shut down and disinfected on 4 "
             "November.\n\n"
             "Dr Ingrid Salo, the agency's director of health protection, said more cases may still come to light over "
             "the next fortnight, because the illness can take up to 14 days to appear.\n\n"
             "Anyone who has visited the Tannery Gate area since mid-October and has flu-like symptoms is being urged "
             "to contact their doctor.\n\n"
             "Forty-one other cooling towers in the town centre have been checked by council officers.\n\n"
             "Mr Varley, who is now recovering at home, said: “I just want them to find out how this happened.”",
     "edges": [e("He is one of 23 people confirmed with the disease since 27 October, according to the Norvenna Health "
                 "Protection Agency", _A15,
                 "Twenty-three people have now been confirmed with Legionnaires' disease in Aldermouth since 27 "
                 "October"),
               e("Two people have died", _A15, "two of them have died"),
               e("We think of the families of the two who have died", _A15,
                 "Our thoughts are with the families of the two people who have died", "relay", ["quote"]),
               e("Aldermouth General Hospital said 17 patients were being treated on its wards, four of them in "
                 "intensive care", _A15,
                 "Seventeen patients are being treated in hospital, four of them in intensive care at Aldermouth "
                 "General Hospital", "relay", ["source"]),
               e("a cooling tower on the shopping centre's roof was most likely to blame", _A15,
                 "the source of the outbreak is most likely a cooling tower on the roof of the Tannery Gate shopping "
                 "centre"),
               e("Samples from the tower tested positive for Legionella and it was shut down and disinfected on 4 "
                 "November", _A15,
                 "Samples taken from the tower on 4 November tested positive for Legionella bacteria, and the tower "
                 "was shut down and disinfected the same day"),
               e("more cases may still come to light over the next fortnight, because the illness can take up to 14 "
                 "days to appear", _A15,
                 "further cases could still be reported over the next two weeks, because the illness can take up to "
                 "14 days to develop after exposure"),
               e("Anyone who has visited the Tannery Gate area since mid-October and has flu-like symptoms is being "
                 "urged to contact their doctor", _A15,
                 "Anyone who has visited the Tannery Gate area since mid-October and develops flu-like symptoms"),
               e("Forty-one other cooling towers in the town centre have been checked by council officers", _A15,
                 "Environmental health officers from Aldermouth Borough Council have inspected 41 other cooling "
                 "towers in the town centre")]},
    {"id": "daily-blare-killer-tower-h15", "outlet": "The Daily Blare",
     "url": "https://dailyblare.example/news/2026/11/10/killer-tower-deadly-bug-shopping-centre",
     "date": "2026-11-10", "title": "KILLER TOWER: Deadly bug spread from shopping centre roof",
     "text": "A killer bug lurking in a shopping centre cooling tower has left two people dead and dozens fighting for "
             "their lives.\n\n"
             "Health bosses confirmed 23 cases of Legionnaires' disease in Aldermouth, many of them after trips to the "
             "Tannery Gate mall.\n\n"
             "Dr Ingrid Salo, of the Norvenna Health Protection Agency, said: “Our hearts go out to the families of "
             "the two people who have died.”\n\n"
             "But she admitted the killer disease CAN spread from person to person.\n\n"
             "And other cooling towers in the town have ALSO tested positive for the bug.\n\n"
             "The mall's owners, Pennick Estates, said they were cooperating fully.\n\n"
             "Gran-of-five Brenda Askew, 71, who shops at Tannery Gate every week, said: “I won't be setting foot in "
             "there again until somebody tells me it's safe.”",
     "edges": [e("A killer bug lurking in a shopping centre cooling tower", _A15,
                 "the source of the outbreak is most likely a cooling tower on the roof of the Tannery Gate shopping "
                 "centre", "relay", ["hedge", "attribution", "headline"]),
               e("has left two people dead", _A15, "two of them have died"),
               e("dozens fighting for their lives", _A15,
                 "four of them in intensive care at Aldermouth General Hospital", "relay", ["number"]),
               e("Health bosses confirmed 23 cases of Legionnaires' disease in Aldermouth", _A15,
                 "Twenty-three people have now been confirmed with Legionnaires' disease in Aldermouth"),
               e("Our hearts go out to the families of the two people who have died", _A15,
                 "Our thoughts are with the families of the two people who have died", "relay", ["quote"]),
               e("the killer disease CAN spread from person to person", _A15,
                 "Legionnaires' disease is not passed from person to person", "relay", ["stance"]),
               e("other cooling towers in the town have ALSO tested positive for the bug", _A15,
                 "none has tested positive", "relay", ["stance"]),
               e("The mall's owners, Pennick Estates, said they were cooperating fully", _A15,
                 "The shopping centre's owner, Pennick Estates, is cooperating fully with the investigation, the "
                 "agency said", "relay", ["source"])]},
    {"id": "building-services-journal-aldermouth-h15", "outlet": "Building Services Journal",
     "url": "https://buildingservicesjournal.example/water/2026/11/12/aldermouth-rooftop-cooling-towers-scrutiny",
     "date": "2026-11-12", "title": "Aldermouth outbreak puts rooftop cooling towers back under scrutiny",
     "text": "The Legionnaires' disease outbreak in Aldermouth, which has killed two people, has been traced to a "
             "cooling tower on the roof of the Tannery Gate shopping centre.\n\n"
             "Samples taken from the tower on 4 November tested positive for Legionella bacteria. Of 41 other towers "
             "in the town centre inspected by environmental health officers, two needed additional cleaning and none "
             "tested positive.\n\n"
             "Legionnaires' disease is not passed between people; infection comes from breathing in contaminated "
             "water droplets, usually from towers, spas or poorly maintained hot water systems.\n\n"
             "Most outbreaks of this kind are traced to lapses in water treatment: biocide dosing that has drifted, "
             "drift eliminators left damaged, or towers left idle and then restarted without cleaning.\n\n"
             "Under Norvenna's building regulations, cooling towers must be inspected every six months, but there is "
             "no national register of where they are. Facilities managers should check their logbooks now rather than "
             "wait for a visit from the council.",
     "edges": [e("which has killed two people", _A15, "two of them have died", "pickup"),
               e("has been traced to a cooling tower on the roof of the Tannery Gate shopping centre", _A15,
                 "Our investigation indicates that the source of the outbreak is most likely a cooling tower on the "
                 "roof of the Tannery Gate shopping centre", "pickup", ["hedge", "attribution"]),
               e("Samples taken from the tower on 4 November tested positive for Legionella bacteria", _A15,
                 "Samples taken from the tower on 4 November tested positive for Legionella bacteria", "pickup"),
               e("Of 41 other towers in the town centre inspected by environmental health officers, two needed "
                 "additional cleaning and none tested positive", _A15,
                 "have inspected 41 other cooling towers in the town centre. Two were found to need additional "
                 "cleaning; none has tested positive", "pickup"),
               e("Legionnaires' disease is not passed between people", _A15,
                 "“Legionnaires' disease is not passed from person to person, and the risk to the general public "
                 "remains low.”", "pickup", ["attribution"])]},
    {"id": "carebeat-week-in-health-h15", "outlet": "Carebeat",
     "url": "https://carebeat.example/newsletter/2026/11/14/the-week-in-health",
     "date": "2026-11-14", "title": "The week in health: Aldermouth, flu jabs and a nursing pay deal",
     "text": "THE WEEK IN HEALTH\n\n"
             "Aldermouth: 23 cases, two deaths, and a shopping-centre cooling tower as the likely culprit. Seventeen "
             "people were in hospital at the last count. The health protection director told NVB Radio she expects "
             "new cases to fall away by the end of the month. The town's water supply has not been ruled out "
             "either.\n\n"
             "Flu: uptake of the winter vaccine among over-65s stands at 61 per cent, the lowest for five years, "
             "according to figures released on Wednesday. Pharmacists say the late arrival of stock in October is "
             "partly to blame.\n\n"
             "Pay: nurses' unions have recommended that members accept a 4.5 per cent rise, ending a dispute that "
             "began in the spring. The ballot closes on 4 December.\n\n"
             "Next week: the Norvenna Medical Council publishes its workforce census.",
     "edges": [e("23 cases, two deaths", _A15,
                 "Twenty-three people have now been confirmed with Legionnaires' disease in Aldermouth since 27 "
                 "October, and two of them have died", "pickup"),
               e("a shopping-centre cooling tower as the likely culprit", _A15,
                 "the source of the outbreak is most likely a cooling tower on the roof of the Tannery Gate shopping "
                 "centre", "pickup"),
               e("Seventeen people were in hospital at the last count", _A15,
                 "Seventeen patients are being treated in hospital", "pickup"),
               e("she expects new cases to fall away by the end of the month", "nvb-news-aldermouth-legionnaires-h15",
                 "I would expect the number of new cases to fall away by the end of the month"),
               e("The town's water supply has not been ruled out", _A15,
                 "There is no evidence that the town's drinking water supply has been affected", "pickup",
                 ["stance"])]},
    {"id": "aldermouth-echo-hospital-wing-h15", "outlet": "Aldermouth Echo",
     "url": "https://aldermouthecho.example/news/2026/11/19/aldermouth-general-new-emergency-wing",
     "date": "2026-11-19", "title": "Aldermouth General opens new emergency wing after two-year build",
     "text": "Aldermouth General Hospital's new emergency department opened to patients on Wednesday, more than two "
             "years after building work began.\n\n"
             "The 28 million euro wing has 46 treatment bays, twice as many as the old department, and a separate "
             "children's area.\n\n"
             "“Our staff have worked miracles in a building that was designed for half the patients we now see,” said "
             "the hospital's chief executive, Owen Brisco.\n\n"
             "The old department will be converted into a day surgery unit by 2028.",
     "edges": []},
    {"id": "norvenna-times-flu-early-h15", "outlet": "The Norvenna Times",
     "url": "https://norvennatimes.example/health/2026/11/05/flu-season-arrives-early",
     "date": "2026-11-05", "title": "Flu season arrives three weeks early, health agency warns",
     "text": "Norvenna's flu season has started about three weeks earlier than usual, the Norvenna Health Protection "
             "Agency said on Thursday.\n\n"
             "The rate of consultations for flu-like illness passed the seasonal threshold in the week to 1 November, "
             "driven mainly by cases among schoolchildren.\n\n"
             "The agency urged people aged over 65, pregnant women and those with long-term conditions to get "
             "vaccinated as soon as possible.\n\n"
             "Last winter's season was the mildest for a decade.",
     "edges": []},

    # the grounding: the wire story republished whole, a sub-edited wire copy in an island paper, a radio station's
    # interview with the airline's chief executive, a business paper relaying that interview (second hop), a
    # tabloid, a neighbouring country's paper in English, a pilots' union statement, an uncredited trade page and
    # travel column, two distractors
    {"id": "vellis-evening-post-lumara-h15", "outlet": "Vellis Evening Post",
     "url": "https://vellisevening.example/news/2026/11/12/lumara-grounds-fleet-engine-cracks",
     "date": "2026-11-12", "title": "Lumara grounds its turboprop fleet after cracks found in engines",
     "text": _LINNET_H15 + "\n\nThis story was supplied by Linnet Wire.",
     "edges": [e("ordered Lumara Airways to ground 11 of its 18 Falk 220 turboprop aircraft", _B15,
                 "ordered Lumara Airways to ground 11 of its 18 Falk 220 turboprop aircraft", "copy", ["headline"]),
               e("after inspectors found cracks in engine mounts on two of the planes", _B15,
                 "after inspectors found cracks in engine mounts on two of the planes", "copy"),
               e("forcing the airline to cancel about 140 flights this week", _B15,
                 "forcing the airline to cancel about 140 flights this week", "copy"),
               e("the remaining seven aircraft could keep flying until they had been inspected", _B15,
                 "the remaining seven aircraft could keep flying until they had been inspected", "copy"),
               e("We are not prepared to take any risk with the safety of passengers", _B15,
                 "We are not prepared to take any risk with the safety of passengers", "copy"),
               e("These aircraft will stay on the ground until we are satisfied that every mount has been checked",
                 _B15,
                 "These aircraft will stay on the ground until we are satisfied that every mount has been checked",
                 "copy"),
               e("There is no indication that they were linked to any incident in flight, the authority said", _B15,
                 "There is no indication that they were linked to any incident in flight, the authority said",
                 "copy"),
               e("The grounding affects about 9,000 passengers, the airline estimated", _B15,
                 "The grounding affects about 9,000 passengers, the airline estimated", "copy"),
               e("the airline would rebook passengers on other flights or refund them in full", _B15,
                 "the airline would rebook passengers on other flights or refund them in full", "copy"),
               e("The cracks were found during routine maintenance at Lumara's hangar at Vellis airport last week",
                 _B15, "The cracks were found during routine maintenance at Lumara's hangar at Vellis airport last week",
                 "copy"),
               e("the airline had found the cracks itself and reported them immediately", _B15,
                 "the airline had found the cracks itself and reported them immediately", "copy"),
               e("the cracks were probably caused by a faulty batch of mounts supplied in 2023", _B15,
                 "the cracks were probably caused by a faulty batch of mounts supplied in 2023", "copy"),
               e("other operators of the Falk 220 could be affected", _B15,
                 "other operators of the Falk 220 could be affected", "copy"),
               e("declined to comment on the cause, but said it was working closely with the airline and the "
                 "regulator", _B15,
                 "declined to comment on the cause, but said it was working closely with the airline and the "
                 "regulator", "copy"),
               e("The Tessary Pilots' Association said it had warned about maintenance pressures at Lumara in August",
                 _B15,
                 "The Tessary Pilots' Association said it had warned about maintenance pressures at Lumara in August",
                 "copy"),
               e("The airline denied that cost-cutting played any part", _B15,
                 "The airline denied that cost-cutting played any part", "copy"),
               e("Shares in Lumara fell 6.5 per cent in Vellis trading", _B15,
                 "Shares in Lumara fell 6.5 per cent in Vellis trading", "copy")]},
    {"id": "gullane-courier-lumara-h15", "outlet": "Gullane Islands Courier",
     "url": "https://gullanecourier.example/news/2026/11/12/lumara-grounding-island-flights-cancelled",
     "date": "2026-11-12", "title": "Lumara grounds turboprops: island flights cancelled",
     "text": "VELLIS, Nov 12 (Linnet Wire) - Tessary's aviation regulator on Thursday ordered Lumara Airways to ground 11 "
             "of its 18 Falk 220 turboprop aircraft after inspectors found cracks in engine mounts on two of the "
             "planes.\n\n"
             "The airline has cancelled about 140 flights this week.\n\n"
             "The grounding affects about 9,000 passengers, the airline estimated.\n\n"
             "Lumara chief executive Sabine Theil said in a statement that the airline would rebook passengers on "
             "other flights or refund them in full. She said the airline had found the cracks itself.\n\n"
             "Falk Aerospace, the plane's manufacturer, declined to comment on the cause.\n\n"
             "Gullane Islands Council said it had asked the ferry operator Brannholm Line to add two extra sailings to "
             "the mainland on Saturday and Sunday for stranded passengers.",
     "edges": [e("ordered Lumara Airways to ground 11 of its 18 Falk 220 turboprop aircraft", _B15,
                 "ordered Lumara Airways to ground 11 of its 18 Falk 220 turboprop aircraft", "copy"),
               e("after inspectors found cracks in engine mounts on two of the planes", _B15,
                 "after inspectors found cracks in engine mounts on two of the planes", "copy"),
               e("The airline has cancelled about 140 flights this week", _B15,
                 "forcing the airline to cancel about 140 flights this week", "copy"),
               e("The grounding affects about 9,000 passengers, the airline estimated", _B15,
                 "The grounding affects about 9,000 passengers, the airline estimated", "copy"),
               e("the airline would rebook passengers on other flights or refund them in full", _B15,
                 "the airline would rebook passengers on other flights or refund them in full", "copy"),
               e("She said the airline had found the cracks itself", _B15,
                 "She said the airline had found the cracks itself", "copy"),
               e("Falk Aerospace, the plane's manufacturer, declined to comment on the cause", _B15,
                 "Falk Aerospace, the plane's manufacturer, declined to comment on the cause", "copy")]},
    {"id": "radio-tessary-theil-interview-h15", "outlet": "Radio Tessary",
     "url": "https://radiotessary.example/news/2026/11/13/lumara-boss-we-found-the-cracks",
     "date": "2026-11-13", "title": "Lumara boss: 'We found the cracks, we reported them'",
     "text": "Lumara Airways' chief executive has said the airline's own engineers found the cracks in engine mounts on "
             "its Falk 220 turboprops and reported them to the regulator straight away.\n\n"
             "“We found them, we reported them, and the aircraft were on the ground within hours. That is how the "
             "system is supposed to work,” Sabine Theil told Radio Tessary's Drivetime programme on Friday.\n\n"
             "Ms Theil said she expected all 11 grounded aircraft to be flying again “within ten days”, and that no "
             "passenger would be left out of pocket.\n\n"
             "She rejected claims that cost-cutting had weakened maintenance at the airline. “Not one euro has been "
             "cut from our engineering budget in three years,” she said.\n\n"
             "The Civil Aviation Authority ordered 11 of Lumara's 18 Falk 220s to be grounded on Thursday, and about "
             "140 flights have been cancelled this week. “No aircraft goes back in the air until every mount has been "
             "checked and, where it needs to be, replaced,” the authority's director general, Marius Oden, said on "
             "Thursday.\n\n"
             "Falk Aerospace has declined to comment on what caused the cracks.",
     "edges": [e("the airline's own engineers found the cracks in engine mounts on its Falk 220 turboprops and reported "
                 "them to the regulator straight away", _B15,
                 "She said the airline had found the cracks itself and reported them immediately"),
               e("She rejected claims that cost-cutting had weakened maintenance at the airline", _B15,
                 "The airline denied that cost-cutting played any part", "relay", ["source"]),
               e("The Civil Aviation Authority ordered 11 of Lumara's 18 Falk 220s to be grounded on Thursday", _B15,
                 "ordered Lumara Airways to ground 11 of its 18 Falk 220 turboprop aircraft"),
               e("about 140 flights have been cancelled this week", _B15,
                 "forcing the airline to cancel about 140 flights this week"),
               e("No aircraft goes back in the air until every mount has been checked and, where it needs to be, "
                 "replaced", _B15,
                 "These aircraft will stay on the ground until we are satisfied that every mount has been checked and, "
                 "where necessary, replaced", "relay", ["quote"]),
               e("Falk Aerospace has declined to comment on what caused the cracks", _B15,
                 "Falk Aerospace, the plane's manufacturer, declined to comment on the cause")]},
    {"id": "tessary-markets-journal-lumara-h15", "outlet": "Tessary Markets Journal",
     "url": "https://tessarymarkets.example/companies/2026/11/14/lumara-expects-turboprops-back-within-week",
     "date": "2026-11-14", "title": "Lumara expects grounded turboprops back within a week",
     "text": "Lumara Airways expects its 11 grounded Falk 220 turboprops to return to service within a week, chief "
             "executive Sabine Theil told Radio Tessary on Friday.\n\n"
             "Ms Theil said no passenger would be left out of pocket by the cancellations. “Not a single euro has been "
             "cut from our engineering budget in three years,” she said.\n\n"
             "Shares in the airline fell 6.5 per cent on Thursday, according to Linnet Wire, and slipped a further 2 "
             "per cent on Friday.\n\n"
             "Analysts at Harcastle Partners estimated that the grounding would cost Lumara between 4 million and 6 "
             "million euros, most of it in refunds and compensation.\n\n"
             "People familiar with the inspections have told Linnet Wire the cracks were caused by a faulty batch of "
             "mounts supplied in 2023.\n\n"
             "Three other airlines in Europe fly the Falk 220. Falk Aerospace's shares are not listed.",
     "edges": [e("expects its 11 grounded Falk 220 turboprops to return to service within a week",
                 "radio-tessary-theil-interview-h15",
                 "she expected all 11 grounded aircraft to be flying again “within ten days”", "relay", ["number"]),
               e("no passenger would be left out of pocket by the cancellations", "radio-tessary-theil-interview-h15",
                 "no passenger would be left out of pocket"),
               e("Not a single euro has been cut from our engineering budget in three years",
                 "radio-tessary-theil-interview-h15",
                 "Not one euro has been cut from our engineering budget in three years", "relay", ["quote"]),
               e("Shares in the airline fell 6.5 per cent on Thursday, according to Linnet Wire", _B15,
                 "Shares in Lumara fell 6.5 per cent in Vellis trading"),
               e("the cracks were caused by a faulty batch of mounts supplied in 2023", _B15,
                 "the cracks were probably caused by a faulty batch of mounts supplied in 2023", "relay",
                 ["hedge"])]},
    {"id": "vellis-bugle-lumara-h15", "outlet": "The Vellis Bugle",
     "url": "https://vellisbugle.example/news/2026/11/13/planes-falling-apart-lumara",
     "date": "2026-11-13", "title": "PLANES FALLING APART: Cracked engines ground Lumara's fleet",
     "text": "Holidaymakers were left stranded last night after Lumara Airways was forced to ground its entire "
             "turboprop fleet when cracks were found in the ENGINES.\n\n"
             "Air safety chief Marius Oden fumed: “We will not take any risks with passengers' lives.”\n\n"
             "More than 14,000 passengers have had their trips wrecked.\n\n"
             "Pilots say they blew the whistle on corner-cutting at the airline back in August.\n\n"
             "And insiders say a dodgy batch of parts is to blame.\n\n"
             "Officials admit the cracks could be linked to a mid-air scare on a Lumara flight last month.\n\n"
             "Student Jade Pike, 22, stuck on the Gullane Islands after her flight home was axed, said: “Nobody from "
             "Lumara has told us anything. We found out on the app.”",
     "edges": [e("Lumara Airways was forced to ground its entire turboprop fleet", _B15,
                 "ordered Lumara Airways to ground 11 of its 18 Falk 220 turboprop aircraft", "relay",
                 ["number", "headline"]),
               e("We will not take any risks with passengers' lives", _B15,
                 "We are not prepared to take any risk with the safety of passengers", "relay", ["quote"]),
               e("More than 14,000 passengers have had their trips wrecked", _B15,
                 "The grounding affects about 9,000 passengers, the airline estimated", "relay",
                 ["number", "attribution"]),
               e("Pilots say they blew the whistle on corner-cutting at the airline back in August", _B15,
                 "The Tessary Pilots' Association said it had warned about maintenance pressures at Lumara in "
                 "August", "relay", ["source"]),
               e("insiders say a dodgy batch of parts is to blame", _B15,
                 "Two people familiar with the inspections said the cracks were probably caused by a faulty batch of "
                 "mounts supplied in 2023", "relay", ["hedge"]),
               e("Officials admit the cracks could be linked to a mid-air scare on a Lumara flight last month", _B15,
                 "There is no indication that they were linked to any incident in flight, the authority said", "relay",
                 ["stance"])]},
    {"id": "nordhavn-kurier-lumara-h15", "outlet": "Nordhavn Kurier (English edition)",
     "url": "https://nordhavnkurier.example/en/2026/11/13/tessary-grounds-lumara-falk-220",
     "date": "2026-11-13", "title": "Tessary grounds Lumara planes – Nordhavn Air checks its own Falk 220s",
     "text": "VELLIS – The aviation authority of Tessary has grounded 11 of Lumara Airways' 18 Falk 220 aircraft after "
             "cracks were found in engine mounts, writes the news agency Linnet Wire.\n\n"
             "According to the authority, there is no sign that the cracks have caused any incident in the air.\n\n"
             "The director general of the authority, Marius Oden, says that the planes stay on the ground until every "
             "mount is checked. “We do not take any risk with the safety of the passengers,” says Oden.\n\n"
             "Around 10,000 passengers are affected, according to the airline.\n\n"
             "Sources of Linnet Wire say that other airlines which fly the Falk 220 may be affected.\n\n"
             "Nordhavn Air flies four Falk 220 aircraft on its routes to the islands. The company says that all four "
             "were inspected on Friday and that no cracks were found.\n\n"
             "Lumara's chief executive denies that cost-cutting has played any part.\n\n"
             "Translated by Nordhavn Kurier's English desk.",
     "edges": [e("has grounded 11 of Lumara Airways' 18 Falk 220 aircraft after cracks were found in engine mounts",
                 _B15,
                 "ordered Lumara Airways to ground 11 of its 18 Falk 220 turboprop aircraft after inspectors found "
                 "cracks in engine mounts"),
               e("there is no sign that the cracks have caused any incident in the air", _B15,
                 "There is no indication that they were linked to any incident in flight"),
               e("the planes stay on the ground until every mount is checked", _B15,
                 "These aircraft will stay on the ground until we are satisfied that every mount has been checked"),
               e("We do not take any risk with the safety of the passengers", _B15,
                 "We are not prepared to take any risk with the safety of passengers", "relay", ["quote"]),
               e("Around 10,000 passengers are affected, according to the airline", _B15,
                 "The grounding affects about 9,000 passengers, the airline estimated", "relay", ["number"]),
               e("other airlines which fly the Falk 220 may be affected", _B15,
                 "other operators of the Falk 220 could be affected"),
               e("Lumara's chief executive denies that cost-cutting has played any part", _B15,
                 "The airline denied that cost-cutting played any part", "relay", ["source"])]},
    {"id": "tpa-statement-lumara-h15", "outlet": "Tessary Pilots' Association",
     "url": "https://tessarypilots.example/news/2026/11/13/tpa-calls-for-independent-review-lumara",
     "date": "2026-11-13", "title": "TPA calls for independent review of maintenance at Lumara",
     "text": "TESSARY PILOTS' ASSOCIATION\nStatement\n13 November 2026\n\n"
             "The Tessary Pilots' Association (TPA) today called for an independent review of maintenance at Lumara "
             "Airways, after the Civil Aviation Authority grounded 11 of the airline's Falk 220 aircraft.\n\n"
             "As Linnet Wire reported yesterday, Lumara has accepted that cost-cutting may have played a part.\n\n"
             "“Our members have been raising these concerns for months. We are glad the regulator has acted, but it "
             "should not have taken cracked engine mounts to get here,” said TPA president Henrik Ask.\n\n"
             "The CAA's director general has said the aircraft will stay on the ground until every mount has been "
             "checked.\n\n"
             "The TPA represents 2,300 commercial pilots in Tessary, including about 280 at Lumara.",
     "edges": [e("the Civil Aviation Authority grounded 11 of the airline's Falk 220 aircraft", _B15,
                 "ordered Lumara Airways to ground 11 of its 18 Falk 220 turboprop aircraft"),
               e("Lumara has accepted that cost-cutting may have played a part", _B15,
                 "The airline denied that cost-cutting played any part", "relay", ["stance", "hedge"]),
               e("the aircraft will stay on the ground until every mount has been checked", _B15,
                 "These aircraft will stay on the ground until we are satisfied that every mount has been checked")]},
    {"id": "airframe-weekly-falk-mounts-h15", "outlet": "Airframe Weekly",
     "url": "https://airframeweekly.example/maintenance/2026/11/16/falk-220-engine-mount-cracks",
     "date": "2026-11-16", "title": "Faulty mount batch behind Falk 220 cracks",
     "text": "Cracks in engine mounts on two Lumara Airways Falk 220s have led Tessary's Civil Aviation Authority to "
             "ground 11 of the carrier's 18 examples.\n\n"
             "The cracks were found during routine maintenance at Lumara's Vellis hangar.\n\n"
             "A faulty batch of mounts supplied in 2023 is the likely cause, and other Falk 220 operators could be "
             "affected.\n\n"
             "The Falk 220's engines are carried on a welded steel tube mount bolted to the wing at four points. "
             "Mounts are normally inspected at every heavy check, or about every 4,000 flight hours.\n\n"
             "Falk Aerospace has not commented on the cause.\n\n"
             "About 60 Falk 220s are in service worldwide, most of them with regional operators in northern Europe.",
     "edges": [e("Cracks in engine mounts on two Lumara Airways Falk 220s have led Tessary's Civil Aviation Authority "
                 "to ground 11 of the carrier's 18 examples", _B15,
                 "ordered Lumara Airways to ground 11 of its 18 Falk 220 turboprop aircraft after inspectors found "
                 "cracks in engine mounts on two of the planes", "pickup"),
               e("The cracks were found during routine maintenance at Lumara's Vellis hangar", _B15,
                 "The cracks were found during routine maintenance at Lumara's hangar at Vellis airport", "pickup"),
               e("A faulty batch of mounts supplied in 2023 is the likely cause", _B15,
                 "Two people familiar with the inspections said the cracks were probably caused by a faulty batch of "
                 "mounts supplied in 2023", "pickup", ["attribution", "headline"]),
               e("other Falk 220 operators could be affected", _B15,
                 "other operators of the Falk 220 could be affected", "pickup", ["attribution"]),
               e("Falk Aerospace has not commented on the cause", _B15,
                 "Falk Aerospace, the plane's manufacturer, declined to comment on the cause", "pickup")]},
    {"id": "tripwise-lumara-cancellations-h15", "outlet": "Tripwise",
     "url": "https://tripwise.example/blog/2026/11/15/lumara-cancellations-what-you-need-to-know",
     "date": "2026-11-15", "title": "Lumara cancellations: what you need to know",
     "text": "If you're booked on Lumara this week, check your flight: around 140 flights have been cancelled after "
             "the regulator grounded most of the airline's turboprops.\n\n"
             "The airline says it will rebook you on another flight or give you a full refund. Take the refund if you "
             "can travel another way: rebooked seats are scarce.\n\n"
             "The remaining seven planes will keep flying until they are inspected by Sunday.\n\n"
             "Under Tessary rules you may also be entitled to compensation of up to 250 euros, depending on how late "
             "you were told and how far you were flying. Keep every receipt.\n\n"
             "Flying to the Gullane Islands? The Brannholm Line ferry is adding sailings this weekend.",
     "edges": [e("around 140 flights have been cancelled", _B15,
                 "forcing the airline to cancel about 140 flights this week", "pickup"),
               e("the regulator grounded most of the airline's turboprops", _B15,
                 "ordered Lumara Airways to ground 11 of its 18 Falk 220 turboprop aircraft", "pickup"),
               e("it will rebook you on another flight or give you a full refund", _B15,
                 "the airline would rebook passengers on other flights or refund them in full"),
               e("The remaining seven planes will keep flying until they are inspected by Sunday", _B15,
                 "The Civil Aviation Authority (CAA) said the remaining seven aircraft could keep flying until they "
                 "had been inspected, which it expected to happen by Sunday", "pickup", ["hedge", "attribution"])]},
    {"id": "vellis-evening-post-terminal-h15", "outlet": "Vellis Evening Post",
     "url": "https://vellisevening.example/news/2026/11/20/vellis-airport-terminal-two-opens",
     "date": "2026-11-20", "title": "Vellis airport's Terminal 2 opens after three-year rebuild",
     "text": "Vellis airport's rebuilt Terminal 2 opened to passengers on Friday morning, three years and 310 million "
             "euros after work began.\n\n"
             "The terminal can handle 6 million passengers a year, and has 24 self-service bag drops and a new rail "
             "link to the city centre.\n\n"
             "“This is the biggest change to the airport since it opened in 1968,” said airport chief executive Lotte "
             "Kamp.\n\n"
             "The first departure, a flight to Nordhavn, left at 6.05am.",
     "edges": []},
    {"id": "airframe-weekly-falk-order-h15", "outlet": "Airframe Weekly",
     "url": "https://airframeweekly.example/orders/2026/11/09/falk-aerospace-order-falk-300",
     "date": "2026-11-09", "title": "Falk Aerospace lands order for 30 Falk 300s",
     "text": "Falk Aerospace has won an order for 30 of its Falk 300 regional turboprops from the leasing company "
             "Aldrin Lease Capital, the manufacturer said on Monday.\n\n"
             "The deal, worth about 540 million euros at list prices, includes options for a further 15 aircraft.\n\n"
             "The Falk 300 is a stretched version of the Falk 220 with a new wing and up to 72 seats. Deliveries are "
             "due to start in 2029.",
     "edges": []},

    # the council interview: a local radio station, a regional paper, the opposition group's press release, a
    # national paper (second hop through the radio station and the regional paper), a regional TV station's story,
    # an uncredited column, two distractors
    {"id": "keldby-fm-libraries-h15", "outlet": "Keldby FM",
     "url": "https://keldbyfm.example/news/2026/11/17/four-keldby-libraries-to-shut",
     "date": "2026-11-17", "title": "Four Keldby libraries to shut, council leader confirms",
     "text": "Four of Keldby's 11 libraries will close next year, the leader of Keldby City Council has told the "
             "Keldby Chronicle.\n\n"
             "Councillor Agnes Marlow said the council needed to find 38 million euros.\n\n"
             "The branches at Nettlefield, Sallow Hill, Briar Lane and Old Market are affected.\n\n"
             "Council tax is also expected to go up by 4.9 per cent from April, and the central library will open for "
             "longer to make up for the loss.\n\n"
             "Cllr Marlow told the paper the city's swimming pools would not close.\n\n"
             "Library campaigner Ruth Amberley told Keldby FM she would organise a protest outside the town hall on "
             "Saturday. “These libraries are the only warm, free places some people have,” she said.\n\n"
             "Keldby FM has asked the council for comment.",
     "edges": [e("Four of Keldby's 11 libraries will close next year", _C15,
                 "will close four of its 11 public libraries next year"),
               e("the council needed to find 38 million euros", _C15, "fill a 38 million euro hole in its budget"),
               e("The branches at Nettlefield, Sallow Hill, Briar Lane and Old Market are affected", _C15,
                 "The libraries earmarked for closure are at Nettlefield, Sallow Hill, Briar Lane and the Old Market "
                 "branch"),
               e("Council tax is also expected to go up by 4.9 per cent from April", _C15,
                 "council tax was likely to rise by 4.9 per cent in April"),
               e("the central library will open for longer to make up for the loss", _C15,
                 "The central library would extend its opening hours to make up for the loss"),
               e("the city's swimming pools would not close", _C15,
                 "She ruled out closing any of the city's three public swimming pools")]},
    {"id": "dunholm-observer-keldby-tax-h15", "outlet": "The Dunholm Observer",
     "url": "https://dunholmobserver.example/news/2026/11/18/keldby-council-tax-to-rise-libraries-close",
     "date": "2026-11-18", "title": "Keldby council tax to rise 4.9% as libraries close",
     "text": "Council tax in Keldby will rise by 4.9 per cent next April, the city council's leader has said.\n\n"
             "In an interview with the Keldby Chronicle, Agnes Marlow said the council had lost almost a third of its "
             "government grant since 2020.\n\n"
             "She described the closure of four libraries as “the toughest call of my career in politics”.\n\n"
             "About 200 council jobs are at risk, according to a draft budget seen by the paper.\n\n"
             "The Wool Hall, which costs around 900,000 euros a year to run, will be sold.\n\n"
             "Opposition leader Declan Frew said the cuts were “an act of vandalism against the poorest parts of the "
             "city”.\n\n"
             "The draft budget will be published on 1 December.\n\n"
             "Dunholm County Council, which faces a smaller gap of 11 million euros, said last week that it had no "
             "plans to close libraries.",
     "edges": [e("Council tax in Keldby will rise by 4.9 per cent next April", _C15,
                 "She said council tax was likely to rise by 4.9 per cent in April", "relay", ["hedge", "headline"]),
               e("the council had lost almost a third of its government grant since 2020", _C15,
                 "We have lost almost a third of our government grant since 2020"),
               e("the toughest call of my career in politics", _C15,
                 "the hardest decision I have had to make in public life", "relay", ["quote"]),
               e("About 200 council jobs are at risk, according to a draft budget seen by the paper", _C15,
                 "About 120 council jobs could go, most of them through voluntary redundancy, according to a draft "
                 "budget seen by the Chronicle", "relay", ["number"]),
               e("The Wool Hall, which costs around 900,000 euros a year to run, will be sold", _C15,
                 "The council may also sell the Wool Hall, which costs about 900,000 euros a year to maintain, Cllr "
                 "Marlow said", "relay", ["hedge", "attribution"]),
               e("the cuts were “an act of vandalism against the poorest parts of the city”", _C15,
                 "called the plans “an act of vandalism against the poorest parts of the city”"),
               e("The draft budget will be published on 1 December", _C15,
                 "The draft budget will be published on 1 December")]},
    {"id": "keldby-independents-libraries-h15", "outlet": "Keldby Independents",
     "url": "https://keldbyindependents.example/news/2026/11/18/frew-condemns-library-closures",
     "date": "2026-11-18", "title": "Frew: the pools will be next",
     "text": "KELDBY INDEPENDENTS - Press release\n18 November 2026\n\n"
             "Keldby Independents leader Declan Frew today condemned plans, revealed by the Keldby Chronicle, to close "
             "four of the city's 11 libraries.\n\n"
             "The council leader has now admitted to the Chronicle that the city's swimming pools could be next.\n\n"
             "“This is an act of vandalism against the poorest parts of the city,” said Cllr Frew. “The people of "
             "Nettlefield and Briar Lane did not cause this budget gap and they should not pay for it.”\n\n"
             "Cllr Marlow has also told the paper that 150 council jobs could go.\n\n"
             "The draft budget is due to be published on 1 December. The Keldby Independents will set out an "
             "alternative budget before the February vote.",
     "edges": [e("to close four of the city's 11 libraries", _C15,
                 "will close four of its 11 public libraries next year"),
               e("the city's swimming pools could be next", _C15,
                 "She ruled out closing any of the city's three public swimming pools", "relay",
                 ["stance", "headline"]),
               e("This is an act of vandalism against the poorest parts of the city", _C15,
                 "an act of vandalism against the poorest parts of the city"),
               e("150 council jobs could go", _C15,
                 "About 120 council jobs could go, most of them through voluntary redundancy, according to a draft "
                 "budget seen by the Chronicle", "relay", ["number", "source"]),
               e("The draft budget is due to be published on 1 December", _C15,
                 "The draft budget will be published on 1 December")]},
    {"id": "daily-lantern-library-closures-h15", "outlet": "The Daily Lantern",
     "url": "https://dailylantern.example/news/2026/11/19/councils-close-libraries-grant-cuts",
     "date": "2026-11-19", "title": "Libraries close as councils run out of options",
     "text": "Keldby is the latest city to announce library closures, as councils struggle to balance their books "
             "after years of cuts to their government grants.\n\n"
             "Council tax in Keldby will rise by 4.9 per cent next April, the Dunholm Observer reported.\n\n"
             "Agnes Marlow, the council's leader, told the Keldby Chronicle that the city had lost almost a third of its "
             "government grant since 2020 and had “run out of easy options”. She has refused to rule out closing the "
             "city's swimming pools.\n\n"
             "Library campaigner Ruth Amberley told Keldby FM that the libraries were “the only warm, free places some "
             "people have”.\n\n"
             "The Local Councils Association said 46 councils had cut library opening hours this year and nine had "
             "closed branches.\n\n"
             "The government says its grant settlement for next year will be the most generous for a decade.",
     "edges": [e("Council tax in Keldby will rise by 4.9 per cent next April, the Dunholm Observer reported",
                 "dunholm-observer-keldby-tax-h15",
                 "Council tax in Keldby will rise by 4.9 per cent next April"),
               e("the city had lost almost a third of its government grant since 2020", _C15,
                 "We have lost almost a third of our government grant since 2020"),
               e("had “run out of easy options”", _C15, "the council had “run out of easy options”"),
               e("She has refused to rule out closing the city's swimming pools", _C15,
                 "She ruled out closing any of the city's three public swimming pools", "relay", ["stance"]),
               e("the libraries were “the only warm, free places some people have”", "keldby-fm-libraries-h15",
                 "These libraries are the only warm, free places some people have")]},
    {"id": "dunholm-observer-marlow-column-h15", "outlet": "The Dunholm Observer",
     "url": "https://dunholmobserver.example/opinion/2026/11/20/keldby-libraries-false-economy",
     "date": "2026-11-20", "title": "Closing Keldby's libraries is a false economy",
     "text": "By Hannah Quarrie\n\n"
             "Keldby will shut four libraries to plug a 38 million euro gap. It sounds like arithmetic. It is a "
             "choice.\n\n"
             "The council has lost half of its government grant since 2020, and nobody disputes that the money has "
             "to come from somewhere.\n\n"
             "But look at the list: Nettlefield, Sallow Hill, Briar Lane, Old Market. These are the branches that "
             "serve the poorest parts of the city, where the library is the homework room, the job centre and the "
             "heated lounge.\n\n"
             "And the Wool Hall, that 900,000-euro-a-year money pit, may be sold too. Good. Sell it first.\n\n"
             "A library costs a fraction of that to run. Close one and the bill turns up later, in the schools and "
             "the clinics.",
     "edges": [e("Keldby will shut four libraries to plug a 38 million euro gap", _C15,
                 "Keldby City Council will close four of its 11 public libraries next year as it tries to fill a 38 "
                 "million euro hole in its budget", "pickup"),
               e("The council has lost half of its government grant since 2020", _C15,
                 "We have lost almost a third of our government grant since 2020", "pickup",
                 ["number", "attribution"]),
               e("Nettlefield, Sallow Hill, Briar Lane, Old Market", _C15,
                 "The libraries earmarked for closure are at Nettlefield, Sallow Hill, Briar Lane and the Old Market "
                 "branch, she said", "pickup", ["attribution"]),
               e("the Wool Hall, that 900,000-euro-a-year money pit, may be sold too", _C15,
                 "The council may also sell the Wool Hall, which costs about 900,000 euros a year to maintain, Cllr "
                 "Marlow said", "pickup", ["attribution"])]},
    {"id": "ktv-north-keldby-budget-h15", "outlet": "KTV North",
     "url": "https://ktvnorth.example/news/2026/11/18/keldby-leader-out-of-easy-options",
     "date": "2026-11-18", "title": "Keldby leader: 'We're out of easy options'",
     "text": "The leader of Keldby City Council has defended plans to close four libraries, saying the city has “no "
             "easy options left”.\n\n"
             "Councillor Agnes Marlow first set out the plans in an interview with the Keldby Chronicle on Monday. "
             "Speaking on KTV North's Politics Tonight, she said the council would protect services for children and "
             "older people “as far as we possibly can”.\n\n"
             "The four libraries earmarked for closure are Nettlefield, Sallow Hill, Briar Lane and Old Market.\n\n"
             "The council says council tax is likely to rise by 4.9 per cent in April.\n\n"
             "Ms Marlow told the Chronicle that the Wool Hall would be kept in council hands. The building costs more "
             "than a million euros a year to maintain, she said.\n\n"
             "About 120 jobs could go, according to a draft budget seen by the Chronicle.\n\n"
             "Opposition leader Declan Frew told KTV North the council should sell the Wool Hall before closing “a "
             "single library”.\n\n"
             "The draft budget will be published on 1 December, with a full council vote in February.",
     "edges": [e("plans to close four libraries", _C15, "will close four of its 11 public libraries next year"),
               e("no easy options left", _C15, "the council had “run out of easy options”", "relay", ["quote"]),
               e("The four libraries earmarked for closure are Nettlefield, Sallow Hill, Briar Lane and Old Market",
                 _C15,
                 "The libraries earmarked for closure are at Nettlefield, Sallow Hill, Briar Lane and the Old Market "
                 "branch"),
               e("The council says council tax is likely to rise by 4.9 per cent in April", _C15,
                 "She said council tax was likely to rise by 4.9 per cent in April", "relay", ["source"]),
               e("the Wool Hall would be kept in council hands", _C15, "The council may also sell the Wool Hall",
                 "relay", ["stance"]),
               e("The building costs more than a million euros a year to maintain, she said", _C15,
                 "which costs about 900,000 euros a year to maintain, Cllr Marlow said", "relay", ["number"]),
               e("About 120 jobs could go, according to a draft budget seen by the Chronicle", _C15,
                 "About 120 council jobs could go, most of them through voluntary redundancy, according to a draft "
                 "budget seen by the Chronicle"),
               e("The draft budget will be published on 1 December, with a full council vote in February", _C15,
                 "The draft budget will be published on 1 December and put to a full council vote in February")]},
    {"id": "keldby-fm-cycle-lanes-h15", "outlet": "Keldby FM",
     "url": "https://keldbyfm.example/news/2026/11/24/mill-road-cycle-lanes-approved",
     "date": "2026-11-24", "title": "Mill Road cycle lanes approved despite traders' objections",
     "text": "Keldby City Council's planning committee has approved segregated cycle lanes on Mill Road, despite "
             "objections from more than 40 local traders.\n\n"
             "The 1.8 million euro scheme, paid for by a regional transport grant, will remove 60 parking spaces.\n\n"
             "Shopkeeper Arif Dane said the loss of parking would “finish off” several businesses. The committee's "
             "chair, Cllr Lorna Shee, said the lanes would make the road safer for the 3,000 cyclists who use it every "
             "day.\n\n"
             "Work is due to start in March.",
     "edges": []},
    {"id": "keldby-chronicle-nettlefield-centenary-h15", "outlet": "The Keldby Chronicle",
     "url": "https://keldbychronicle.example/news/2026/11/03/nettlefield-library-100-years",
     "date": "2026-11-03", "title": "Nettlefield library marks 100 years with a reading marathon",
     "text": "Nettlefield library celebrated its 100th birthday on Saturday with a 12-hour reading marathon.\n\n"
             "More than 200 people took turns to read aloud from books chosen by regulars, starting with the first "
             "book the library ever lent, a 1926 atlas.\n\n"
             "“Half the street learned to read in this building,” said librarian Peggy Lindgren, who has worked there "
             "since 1989.\n\n"
             "The library, paid for by a local mill owner, opened in November 1926.",
     "edges": []},
]

_KV_SORREL = ("VOLSTRAND, Nov 10 (Keystone Wire) - A court ordered Sorrel Chemicals on Tuesday to pay 84 million euros in "
              "damages to 1,240 households in the town of Amberholt whose wells were contaminated by chemicals from its "
              "factory, the largest award for pollution in the country's history.\n\n"
              "Judge Helena Brask of the Volstrand District Court ruled that the company had known since at least 2009 "
              "that fluorinated compounds from the factory were seeping into the groundwater, and had failed to warn "
              "residents or the authorities.\n\n"
              "“The company chose to say nothing. It put its reputation ahead of the health of its neighbours,” Brask "
              "said as she read out the ruling.\n\n"
              "Tests carried out by the Volstrand Environment Agency in 2024 found levels of the compounds in some "
              "private wells of up to 40 times the legal limit.\n\n"
              "Each household will receive between 30,000 and 110,000 euros, depending on how long it drew water from "
              "a contaminated well, according to the ruling. Sorrel was also ordered to pay for connecting the "
              "remaining 380 homes in the area to the mains water supply.\n\n"
              "The court rejected Sorrel's argument that a former military airfield outside the town was the main "
              "source of the contamination.\n\n"
              "Sorrel said it was “deeply disappointed” and would very likely appeal. “We have always operated within "
              "the permits we were given,” said company spokesman Ruben Stahl, who denied that Sorrel had hidden test "
              "results from regulators.\n\n"
              "Petra Alving, the lawyer who represented the residents, said the ruling could open the way for similar "
              "claims from two other towns near Sorrel plants. “This is not the end. It is the beginning,” she said.\n\n"
              "Sorrel shares closed 6.2 per cent lower in Volstrand after the ruling.\n\n"
              "The court did not rule on whether the contamination had made anyone ill. A study by the National "
              "Institute of Public Health into cancer rates in Amberholt is due to report next year.\n\n"
              "(Reporting by Ada Lindholm; editing by Marek Toll)")

_KV_COMMUTE = ("UNIVERSITY OF CALDERMOOR\nPress release\nLong commutes linked to higher risk of depression, study finds\n"
               "12 November 2026\n\n"
               "People who spend more than an hour travelling to work each way are more likely to develop depression "
               "than those with short commutes, according to a study led by researchers at the University of "
               "Caldermoor.\n\n"
               "The study, published today in the journal Occupational and Population Health, followed 52,300 working "
               "adults in Estwald for nine years.\n\n"
               "Those whose one-way commute took more than 60 minutes were 31 per cent more likely to be diagnosed with "
               "depression during the study than those who travelled for less than 20 minutes, after the researchers "
               "took account of income, age, type of job and other factors.\n\n"
               "The link was strongest among people who drove themselves to work. People who walked or cycled for all "
               "or part of their journey showed no increased risk, however long their commute.\n\n"
               "Among long-distance commuters who began working from home at least two days a week, the risk fell by "
               "about a fifth within three years.\n\n"
               "“Our findings suggest that long commutes may be an overlooked risk factor for poor mental health,” said "
               "lead author Dr Sunniva Halberg, of the university's School of Population Health. “This is an "
               "observational study, so we cannot say that commuting causes depression. But the pattern held in every "
               "region and every income group we looked at.”\n\n"
               "Co-author Professor Marcus Dunleavy said: “Employers and planners have more power over this than they "
               "might think. Flexible hours and better public transport are likely to make a real difference.”\n\n"
               "The researchers say the link is probably explained in part by lost sleep and less time for exercise, "
               "but that more work is needed to understand it.\n\n"
               "About one in seven working adults in Estwald now commutes for more than an hour each way, up from one in "
               "eleven in 2010, according to the national statistics office.\n\n"
               "The study was funded by the Estwald Health Research Council.\n\n"
               "Notes to editors: The paper, “Commuting time and incident depression: a nine-year cohort study of 52,300 "
               "workers”, is available on request. Media contact: press@caldermoor.example")

_KV_BRANDVIK = ("EXCLUSIVE\nBy Owen Trask, Political Editor\n\n"
                "The government will miss its target of building 60,000 homes a year, “probably by a wide margin”, the "
                "housing minister, Lena Brandvik, has admitted in an interview with ATV News.\n\n"
                "Speaking on The Sunday Hour, Ms Brandvik said about 41,000 homes would be completed this year, the "
                "lowest number in more than a decade, and blamed high interest rates and a shortage of skilled "
                "builders.\n\n"
                "“I'm not going to sit here and pretend we will hit 60,000 this year or next. We won't,” she said. “I "
                "would rather tell people the truth than hide behind a number.”\n\n"
                "Ms Brandvik said the first homes in Millbourne, the new town planned north of Sarnholm, would be "
                "delayed by about two years, to 2030, because the rail link it depends on had not yet been funded.\n\n"
                "She rejected reports that the finance ministry had blocked money for the project. “Nobody has blocked "
                "anything. The money is there, and it will be spent,” she said.\n\n"
                "However, two finance ministry officials told ATV News that Ms Brandvik had asked for an extra 1.2 "
                "billion crowns for Millbourne in September and had been turned down.\n\n"
                "Asked whether the government would bring in a rent freeze, as tenants' groups have demanded, the "
                "minister said it was “not on the table”, and that a freeze would “almost certainly” drive small "
                "landlords out of the market.\n\n"
                "She said the government was likely to double the grant for first-time buyers, to 20,000 crowns, in "
                "the spring budget.\n\n"
                "The opposition's housing spokesman, Felix Ormond, said the admission was “the clearest sign yet that "
                "this government has given up on housing”.\n\n"
                "The Aldorian Builders' Federation said the industry had lost about 18,000 jobs since the start of last "
                "year.\n\n"
                "The full interview is on The Sunday Hour on ATV One and ATV Play.")

_KV_PALLAS = ("SARNHOLM, Nov 15 (Pallas Wire) - Aldoria will miss its target of building 60,000 homes a year, housing "
              "minister Lena Brandvik said on Sunday, blaming high interest rates and a shortage of skilled builders.\n\n"
              "About 41,000 homes will be completed this year, the lowest number in more than a decade, Brandvik told "
              "broadcaster ATV.\n\n"
              "“I'm not going to pretend we will hit 60,000 this year or next. We won't,” she said.\n\n"
              "The first homes in Millbourne, a new town planned north of the capital, will be delayed by about two "
              "years because a rail link has not been funded, Brandvik said. She denied that the finance ministry had "
              "blocked money for the project.\n\n"
              "The minister ruled out a rent freeze, saying it was “not on the table”.\n\n"
              "The government is likely to double the grant for first-time buyers to 20,000 crowns in the spring "
              "budget, she said.\n\n"
              "Aldoria's central bank has raised interest rates five times since March last year, to 4.75 per cent.\n\n"
              "(Reporting by Lukas Klemm; editing by Nadia Orr)")

_KV_S, _KV_C, _KV_B = "kv-keystone-sorrel-ruling-h16", "kv-caldermoor-commute-study-h16", "kv-atv-brandvik-interview-h16"
_KV_P = "kv-pallas-wire-brandvik-h16"
_KV_COMMUTE_PARAS = _KV_COMMUTE.split("\n\n")
_KV_SCIWIRE = ("ScienceWire - Research news distribution\nSOURCE: University of Caldermoor\n\n"
               + "\n\n".join(_KV_COMMUTE_PARAS[i] for i in (1, 3, 4, 5, 6))
               + "\n\nOriginal release: caldermoor.example/news")

HELD_OUT_16 = [
    # origins written for this set: a wire report on a district court's pollution ruling against a chemical company (a
    # judge's finding and quote, agency test figures, a hedged appeal, a spokesman's denial, a lawyer's hedged claim, a
    # point the court did not rule on), a university's press release on an observational study of commuting and
    # depression (figures, hedged findings, a lead author's caveat, a co-author) and a broadcaster's exclusive
    # interview with a housing minister (an admission, figures, a denial contradicted by anonymous officials, a hedged
    # promise, an opposition reaction)
    {"id": _KV_S, "outlet": "Keystone Wire",
     "url": "https://keystonewire.example/world/2026/11/10/sorrel-chemicals-amberholt-wells-ruling",
     "date": "2026-11-10", "title": "Court orders Sorrel Chemicals to pay 84 million euros over Amberholt wells",
     "text": _KV_SORREL, "edges": []},
    {"id": _KV_C, "outlet": "University of Caldermoor",
     "url": "https://caldermoor.example/news/2026/11/12/long-commutes-linked-to-higher-risk-of-depression",
     "date": "2026-11-12", "title": "Long commutes linked to higher risk of depression, study finds",
     "text": _KV_COMMUTE, "edges": []},
    {"id": _KV_B, "outlet": "ATV News",
     "url": "https://atv.example/news/politics/2026/11/15/exclusive-brandvik-admits-homes-target-will-be-missed",
     "date": "2026-11-15", "title": "Exclusive: Housing minister admits 60,000 homes target will be missed",
     "text": _KV_BRANDVIK, "edges": []},

    # the court ruling: the wire story published whole by the town's paper, a sub-edited wire copy, a national paper
    # with its own interviews, a tabloid, an uncredited trade page, a neighbouring town's paper relaying the national
    # paper's interview (second hop), a financial news site, an uncredited column, a distractor
    {"id": "kv-amberholt-advertiser-sorrel-h16", "outlet": "The Amberholt Advertiser",
     "url": "https://amberholtadvertiser.example/news/2026/11/10/sorrel-hid-pollution-court-rules",
     "date": "2026-11-10", "title": "Sorrel hid pollution from Amberholt for years, court rules",
     "text": _KV_SORREL + "\n\nThis story was supplied by Keystone Wire.",
     "edges": [e("ordered Sorrel Chemicals on Tuesday to pay 84 million euros in damages to 1,240 households in the town "
                 "of Amberholt", _KV_S,
                 "ordered Sorrel Chemicals on Tuesday to pay 84 million euros in damages to 1,240 households in the town "
                 "of Amberholt", "copy"),
               e("the company had known since at least 2009 that fluorinated compounds from the factory were seeping "
                 "into the groundwater, and had failed to warn residents or the authorities", _KV_S,
                 "the company had known since at least 2009 that fluorinated compounds from the factory were seeping "
                 "into the groundwater, and had failed to warn residents or the authorities", "copy", ["headline"]),
               e("The company chose to say nothing. It put its reputation ahead of the health of its neighbours", _KV_S,
                 "The company chose to say nothing. It put its reputation ahead of the health of its neighbours",
                 "copy"),
               e("found levels of the compounds in some private wells of up to 40 times the legal limit", _KV_S,
                 "found levels of the compounds in some private wells of up to 40 times the legal limit", "copy"),
               e("Each household will receive between 30,000 and 110,000 euros", _KV_S,
                 "Each household will receive between 30,000 and 110,000 euros", "copy"),
               e("The court rejected Sorrel's argument that a former military airfield outside the town was the main "
                 "source of the contamination", _KV_S,
                 "The court rejected Sorrel's argument that a former military airfield outside the town was the main "
                 "source of the contamination", "copy"),
               e("would very likely appeal", _KV_S, "would very likely appeal", "copy"),
               e("who denied that Sorrel had hidden test results from regulators", _KV_S,
                 "who denied that Sorrel had hidden test results from regulators", "copy"),
               e("the ruling could open the way for similar claims from two other towns near Sorrel plants", _KV_S,
                 "the ruling could open the way for similar claims from two other towns near Sorrel plants", "copy"),
               e("Sorrel shares closed 6.2 per cent lower in Volstrand after the ruling", _KV_S,
                 "Sorrel shares closed 6.2 per cent lower in Volstrand after the ruling", "copy")]},
    {"id": "kv-volstrand-courier-sorrel-h16", "outlet": "The Volstrand Courier",
     "url": "https://volstrandcourier.example/news/2026/11/11/sorrel-to-pay-84-million-amberholt",
     "date": "2026-11-11", "title": "Sorrel to pay 84 million euros to Amberholt households",
     "text": "VOLSTRAND (Keystone Wire) - A court has ordered Sorrel Chemicals to pay 84 million euros in damages to "
             "about 1,200 households in Amberholt whose wells were contaminated by chemicals from its factory.\n\n"
             "Judge Helena Brask of the Volstrand District Court ruled that the company had known since at least 2009 "
             "that chemicals from the factory were seeping into the groundwater and had failed to warn residents or "
             "the authorities.\n\n"
             "Tests by the Volstrand Environment Agency found levels in some private wells of up to 40 times the legal "
             "limit.\n\n"
             "Sorrel will also pay to connect the remaining 380 homes to mains water.\n\n"
             "The company said it would appeal. Its spokesman, Ruben Stahl, denied that Sorrel had hidden test results "
             "from regulators.\n\n"
             "Sorrel employs about 2,300 people in Volstrand county.",
     "edges": [e("ordered Sorrel Chemicals to pay 84 million euros in damages to about 1,200 households in Amberholt",
                 _KV_S,
                 "ordered Sorrel Chemicals on Tuesday to pay 84 million euros in damages to 1,240 households in the town "
                 "of Amberholt", "copy", ["number"]),
               e("the company had known since at least 2009 that chemicals from the factory were seeping into the "
                 "groundwater and had failed to warn residents or the authorities", _KV_S,
                 "the company had known since at least 2009 that fluorinated compounds from the factory were seeping "
                 "into the groundwater, and had failed to warn residents or the authorities", "copy"),
               e("found levels in some private wells of up to 40 times the legal limit", _KV_S,
                 "found levels of the compounds in some private wells of up to 40 times the legal limit", "copy"),
               e("Sorrel will also pay to connect the remaining 380 homes to mains water", _KV_S,
                 "Sorrel was also ordered to pay for connecting the remaining 380 homes in the area to the mains water "
                 "supply", "copy"),
               e("The company said it would appeal", _KV_S, "Sorrel said it was “deeply disappointed” and would very "
                 "likely appeal", "copy", ["hedge"]),
               e("denied that Sorrel had hidden test results from regulators", _KV_S,
                 "denied that Sorrel had hidden test results from regulators", "copy")]},
    {"id": "kv-harwell-post-sorrel-h16", "outlet": "The Harwell Post",
     "url": "https://harwellpost.example/national/2026/11/11/amberholt-families-win-record-pollution-case",
     "date": "2026-11-11", "title": "Amberholt families win record pollution case against Sorrel",
     "text": "Families in Amberholt who drank water from contaminated wells for years have won the largest pollution "
             "award in the country's history, after a court ordered Sorrel Chemicals to pay them 84 million euros.\n\n"
             "Judge Helena Brask ruled on Tuesday that Sorrel had known for more than a decade that chemicals from its "
             "factory were getting into the town's groundwater and had told no one. The company, she said, had “put "
             "its reputation ahead of the health of its neighbours”.\n\n"
             "Inger Dahlberg, 67, who has lived beside the factory fence since 1981, said she cried when she heard the "
             "ruling. “For years they told us the water was fine. We gave it to our grandchildren,” she said.\n\n"
             "Contamination in some wells reached 40 times the legal limit, according to the ruling.\n\n"
             "Petra Alving, the residents' lawyer, told the Harwell Post that families in Grelling, another town near "
             "a Sorrel plant, had already contacted her firm. “I expect to file a claim for Grelling before the "
             "summer,” she said.\n\n"
             "Sorrel's spokesman, Ruben Stahl, has denied that the company hid test results from regulators, and "
             "Sorrel says it will very likely appeal.\n\n"
             "The court did not rule on whether the chemicals had made anyone ill. A national study of cancer rates "
             "in the town is due next year.",
     "edges": [e("have won the largest pollution award in the country's history", _KV_S,
                 "the largest award for pollution in the country's history"),
               e("a court ordered Sorrel Chemicals to pay them 84 million euros", _KV_S,
                 "ordered Sorrel Chemicals on Tuesday to pay 84 million euros in damages"),
               e("Sorrel had known for more than a decade that chemicals from its factory were getting into the town's "
                 "groundwater and had told no one", _KV_S,
                 "the company had known since at least 2009 that fluorinated compounds from the factory were seeping "
                 "into the groundwater, and had failed to warn residents or the authorities"),
               e("had “put its reputation ahead of the health of its neighbours”", _KV_S,
                 "It put its reputation ahead of the health of its neighbours"),
               e("Contamination in some wells reached 40 times the legal limit, according to the ruling", _KV_S,
                 "Tests carried out by the Volstrand Environment Agency in 2024 found levels of the compounds in some "
                 "private wells of up to 40 times the legal limit", "relay", ["source"]),
               e("has denied that the company hid test results from regulators", _KV_S,
                 "who denied that Sorrel had hidden test results from regulators"),
               e("Sorrel says it will very likely appeal", _KV_S, "would very likely appeal"),
               e("The court did not rule on whether the chemicals had made anyone ill", _KV_S,
                 "The court did not rule on whether the contamination had made anyone ill"),
               e("A national study of cancer rates in the town is due next year", _KV_S,
                 "A study by the National Institute of Public Health into cancer rates in Amberholt is due to report "
                 "next year")]},
    {"id": "kv-daily-thunder-sorrel-h16", "outlet": "The Daily Thunder",
     "url": "https://dailythunder.example/news/2026/11/11/chemical-firm-made-town-sick",
     "date": "2026-11-11", "title": "CHEMICAL FIRM MADE TOWN SICK, JUDGE RULES",
     "text": "A chemical giant has been ordered to cough up 84 million euros after toxic chemicals from its factory "
             "seeped into a town's wells for YEARS.\n\n"
             "Sorrel Chemicals kept quiet as poison levels in Amberholt's wells hit 50 times the legal limit.\n\n"
             "Judge Helena Brask blasted the firm: “They kept their mouths shut and put their good name before their "
             "neighbours' health.”\n\n"
             "She ruled that the chemicals had made families in the town ill.\n\n"
             "Families will get up to 110,000 euros each — and Sorrel bosses WILL appeal.\n\n"
             "Gran Inger Dahlberg, 67, told how she gave the water to her grandkids. “For years they told us the water "
             "was fine,” she said.\n\n"
             "Sorrel insists it has always stuck to its permits.",
     "edges": [e("has been ordered to cough up 84 million euros", _KV_S,
                 "ordered Sorrel Chemicals on Tuesday to pay 84 million euros"),
               e("toxic chemicals from its factory seeped into a town's wells for YEARS", _KV_S,
                 "the company had known since at least 2009 that fluorinated compounds from the factory were seeping "
                 "into the groundwater", "relay", ["attribution"]),
               e("Sorrel Chemicals kept quiet", _KV_S, "had failed to warn residents or the authorities", "relay",
                 ["attribution"]),
               e("poison levels in Amberholt's wells hit 50 times the legal limit", _KV_S,
                 "found levels of the compounds in some private wells of up to 40 times the legal limit", "relay",
                 ["number", "attribution"]),
               e("They kept their mouths shut and put their good name before their neighbours' health", _KV_S,
                 "The company chose to say nothing. It put its reputation ahead of the health of its neighbours",
                 "relay", ["quote"]),
               e("She ruled that the chemicals had made families in the town ill", _KV_S,
                 "The court did not rule on whether the contamination had made anyone ill", "relay",
                 ["stance", "headline"]),
               e("Families will get up to 110,000 euros each", _KV_S,
                 "Each household will receive between 30,000 and 110,000 euros"),
               e("Sorrel bosses WILL appeal", _KV_S, "would very likely appeal", "relay", ["hedge"]),
               e("For years they told us the water was fine", "kv-harwell-post-sorrel-h16",
                 "For years they told us the water was fine"),
               e("Sorrel insists it has always stuck to its permits", _KV_S,
                 "We have always operated within the permits we were given", "relay", ["source"])]},
    {"id": "kv-process-review-sorrel-h16", "outlet": "Process Industry Review",
     "url": "https://processindustryreview.example/regulation/2026/11/13/amberholt-ruling-fluorochemical-sites",
     "date": "2026-11-13", "title": "Amberholt ruling puts fluorochemical sites in the dock",
     "text": "The 84 million euro award against Sorrel Chemicals on Tuesday is the largest pollution judgment the "
             "country has seen, and it will not be the last.\n\n"
             "The Volstrand District Court found that Sorrel had known since at least 2009 that fluorinated compounds "
             "were leaking from its Amberholt plant into groundwater. It also threw out the company's argument that a "
             "disused military airfield was to blame.\n\n"
             "The ruling will open the way for claims from two other towns near Sorrel plants.\n\n"
             "Sorrel's shares lost 6.2 per cent on the day. The company is expected to appeal.\n\n"
             "For operators of older fluorochemical plants, the lesson is simple: test your groundwater, and publish "
             "what you find. Many sites built in the 1970s and 1980s have no monitoring wells at all.",
     "edges": [e("The 84 million euro award against Sorrel Chemicals on Tuesday is the largest pollution judgment the "
                 "country has seen", _KV_S, "the largest award for pollution in the country's history", "pickup"),
               e("Sorrel had known since at least 2009 that fluorinated compounds were leaking from its Amberholt plant "
                 "into groundwater", _KV_S,
                 "the company had known since at least 2009 that fluorinated compounds from the factory were seeping "
                 "into the groundwater", "pickup"),
               e("threw out the company's argument that a disused military airfield was to blame", _KV_S,
                 "The court rejected Sorrel's argument that a former military airfield outside the town was the main "
                 "source of the contamination", "pickup"),
               e("The ruling will open the way for claims from two other towns near Sorrel plants", _KV_S,
                 "the ruling could open the way for similar claims from two other towns near Sorrel plants", "pickup",
                 ["hedge", "attribution"]),
               e("Sorrel's shares lost 6.2 per cent on the day", _KV_S,
                 "Sorrel shares closed 6.2 per cent lower in Volstrand after the ruling", "pickup"),
               e("The company is expected to appeal", _KV_S, "Sorrel said it was “deeply disappointed” and would very "
                 "likely appeal", "pickup", ["attribution"])]},
    {"id": "kv-grelling-gazette-sorrel-h16", "outlet": "Grelling Gazette",
     "url": "https://grellinggazette.example/news/2026/11/12/grelling-families-to-sue-sorrel",
     "date": "2026-11-12", "title": "Grelling families to sue Sorrel, lawyer says",
     "text": "Families in Grelling are preparing to take Sorrel Chemicals to court over contaminated water, the lawyer "
             "who won the Amberholt case has said.\n\n"
             "Petra Alving told the Harwell Post that Grelling residents had already contacted her firm, and that "
             "she expected to file a claim before the summer.\n\n"
             "On Tuesday a court in Volstrand ordered Sorrel to pay 84 million euros to 1,240 households in Amberholt, "
             "where wells were found to contain up to 40 times the legal level of fluorinated compounds, the news "
             "agency Keystone Wire reported.\n\n"
             "Sorrel has since admitted that it did not pass on test results to regulators, according to the "
             "agency.\n\n"
             "Sorrel's plant on the Grelling industrial estate has made coatings and fire-fighting foams since 1978. "
             "The town council said private wells near the estate had never been tested.\n\n"
             "“We want the agency to test every well within two kilometres of that plant, and we want it done this "
             "month,” said councillor Bo Hessling.",
     "edges": [e("Families in Grelling are preparing to take Sorrel Chemicals to court over contaminated water",
                 "kv-harwell-post-sorrel-h16", "I expect to file a claim for Grelling before the summer", "relay",
                 ["headline"]),
               e("Grelling residents had already contacted her firm", "kv-harwell-post-sorrel-h16",
                 "families in Grelling, another town near a Sorrel plant, had already contacted her firm"),
               e("she expected to file a claim before the summer", "kv-harwell-post-sorrel-h16",
                 "I expect to file a claim for Grelling before the summer"),
               e("ordered Sorrel to pay 84 million euros to 1,240 households in Amberholt", _KV_S,
                 "ordered Sorrel Chemicals on Tuesday to pay 84 million euros in damages to 1,240 households in the "
                 "town of Amberholt"),
               e("wells were found to contain up to 40 times the legal level of fluorinated compounds", _KV_S,
                 "found levels of the compounds in some private wells of up to 40 times the legal limit"),
               e("Sorrel has since admitted that it did not pass on test results to regulators", _KV_S,
                 "who denied that Sorrel had hidden test results from regulators", "relay", ["stance"])]},
    {"id": "kv-marketdesk-sorrel-h16", "outlet": "MarketDesk",
     "url": "https://marketdesk.example/companies/2026/11/10/sorrel-shares-slide-after-pollution-award",
     "date": "2026-11-10", "title": "Sorrel shares slide 6% after record pollution award",
     "text": "Shares in Sorrel Chemicals fell 6 per cent on Tuesday after a court ordered the company to pay 84 million "
             "euros to residents of Amberholt over contaminated wells, Keystone Wire reported.\n\n"
             "The award is equal to about a quarter of Sorrel's net profit last year, which was 331 million euros.\n\n"
             "The court accepted that a disused military airfield near the town was the main source of the "
             "contamination, but found that Sorrel had known of leaks from its own plant and failed to act.\n\n"
             "In a statement, Sorrel said it was “deeply disappointed” by the ruling and would very likely appeal.\n\n"
             "Analysts at Brennan Lowe said the bigger risk for investors was not the award itself but the prospect "
             "of further claims. The residents' lawyer has said the ruling could open the way for claims from two "
             "other towns.\n\n"
             "“If Amberholt is the template, investors need to price in two more of these,” said Brennan Lowe analyst "
             "Sofie Kragh.",
     "edges": [e("Shares in Sorrel Chemicals fell 6 per cent on Tuesday", _KV_S,
                 "Sorrel shares closed 6.2 per cent lower in Volstrand after the ruling", "relay", ["number"]),
               e("a court ordered the company to pay 84 million euros to residents of Amberholt over contaminated wells",
                 _KV_S,
                 "ordered Sorrel Chemicals on Tuesday to pay 84 million euros in damages to 1,240 households in the "
                 "town of Amberholt"),
               e("The court accepted that a disused military airfield near the town was the main source of the "
                 "contamination", _KV_S,
                 "The court rejected Sorrel's argument that a former military airfield outside the town was the main "
                 "source of the contamination", "relay", ["stance"]),
               e("said it was “deeply disappointed” by the ruling", _KV_S, "Sorrel said it was “deeply disappointed”"),
               e("would very likely appeal", _KV_S, "would very likely appeal"),
               e("the ruling could open the way for claims from two other towns", _KV_S,
                 "the ruling could open the way for similar claims from two other towns near Sorrel plants")]},
    {"id": "kv-harwell-post-column-sorrel-h16", "outlet": "The Harwell Post",
     "url": "https://harwellpost.example/opinion/2026/11/14/silence-is-the-real-scandal-of-amberholt",
     "date": "2026-11-14", "title": "Silence is the real scandal of Amberholt",
     "text": "By Hanne Rask\n\n"
             "The money is the least interesting part of the Amberholt judgment.\n\n"
             "What should trouble every one of us is that Sorrel Chemicals knew, from 2009 at the latest, that its "
             "chemicals were leaking into the water of the town next door, and said nothing to anyone.\n\n"
             "Some of those wells held forty times the legal limit. Families bathed babies in that water.\n\n"
             "Sorrel says it always operated within its permits. It probably did. That is the scandal: our permits "
             "allow a company to know and stay silent.\n\n"
             "And the wells near Sorrel's Grelling plant have never been tested at all.\n\n"
             "“This is only the beginning,” as the residents' lawyer put it. We need a law that makes it a crime to "
             "sit on evidence of contamination. Amberholt should be the last town that has to go to court to learn "
             "what is in its water.",
     "edges": [e("Sorrel Chemicals knew, from 2009 at the latest, that its chemicals were leaking into the water of the "
                 "town next door, and said nothing to anyone", _KV_S,
                 "the company had known since at least 2009 that fluorinated compounds from the factory were seeping "
                 "into the groundwater, and had failed to warn residents or the authorities", "pickup",
                 ["attribution"]),
               e("Some of those wells held forty times the legal limit", _KV_S,
                 "found levels of the compounds in some private wells of up to 40 times the legal limit", "pickup",
                 ["attribution"]),
               e("Sorrel says it always operated within its permits", _KV_S,
                 "We have always operated within the permits we were given", "relay", ["source"]),
               e("the wells near Sorrel's Grelling plant have never been tested at all", "kv-grelling-gazette-sorrel-h16",
                 "private wells near the estate had never been tested", "pickup", ["attribution"]),
               e("This is only the beginning", _KV_S, "This is not the end. It is the beginning", "relay",
                 ["quote"])]},
    {"id": "kv-volstrand-courier-water-main-h16", "outlet": "The Volstrand Courier",
     "url": "https://volstrandcourier.example/news/2026/11/05/work-starts-water-main-north-of-amberholt",
     "date": "2026-11-05", "title": "Work starts on 4.6km water main north of Amberholt",
     "text": "Work began on Monday on a 4.6-kilometre water main that will connect outlying farms north of Amberholt to "
             "the county supply.\n\n"
             "Volstrand Vatten, the county's water utility, said the 2.1 million euro project would be finished by "
             "June and would serve about 90 properties that now rely on their own boreholes.\n\n"
             "“Many of these farms have had low water pressure every summer for years,” said project manager Lars "
             "Vennby.\n\n"
             "The road between Amberholt and Vinde will be closed to through traffic for up to six weeks from "
             "mid-November.",
     "edges": []},

    # the study: a newswire reprint of the release, a national paper with an outside expert, a tabloid, a radio
    # station's own interview with the lead author, a regional paper relaying the radio interview (second hop), an
    # uncredited HR trade page, an uncredited first-person column, a health site republishing the newswire reprint
    # (second hop, copy), two distractors
    {"id": "kv-sciencewire-caldermoor-h16", "outlet": "ScienceWire",
     "url": "https://sciencewire.example/releases/2026/11/12/university-of-caldermoor-long-commutes-depression",
     "date": "2026-11-12", "title": "Long commutes linked to higher risk of depression, study finds",
     "text": _KV_SCIWIRE,
     "edges": [e("People who spend more than an hour travelling to work each way are more likely to develop depression "
                 "than those with short commutes", _KV_C,
                 "People who spend more than an hour travelling to work each way are more likely to develop depression "
                 "than those with short commutes", "copy"),
               e("were 31 per cent more likely to be diagnosed with depression during the study than those who "
                 "travelled for less than 20 minutes", _KV_C,
                 "were 31 per cent more likely to be diagnosed with depression during the study than those who "
                 "travelled for less than 20 minutes", "copy"),
               e("The link was strongest among people who drove themselves to work", _KV_C,
                 "The link was strongest among people who drove themselves to work", "copy"),
               e("People who walked or cycled for all or part of their journey showed no increased risk, however long "
                 "their commute", _KV_C,
                 "People who walked or cycled for all or part of their journey showed no increased risk, however long "
                 "their commute", "copy"),
               e("the risk fell by about a fifth within three years", _KV_C,
                 "the risk fell by about a fifth within three years", "copy"),
               e("long commutes may be an overlooked risk factor for poor mental health", _KV_C,
                 "long commutes may be an overlooked risk factor for poor mental health", "copy"),
               e("we cannot say that commuting causes depression", _KV_C,
                 "we cannot say that commuting causes depression", "copy")]},
    {"id": "kv-estwald-tribune-commute-h16", "outlet": "The Estwald Tribune",
     "url": "https://estwaldtribune.example/health/2026/11/12/hour-long-commutes-linked-to-depression-risk",
     "date": "2026-11-12", "title": "Hour-long commutes linked to depression risk",
     "text": "Commuters who spend more than an hour getting to work are more likely to become depressed, according to a "
             "nine-year study of more than 50,000 workers.\n\n"
             "Researchers at the University of Caldermoor found that people with a one-way journey of over an hour "
             "were 30 per cent more likely to be diagnosed with depression than those who travelled for less than 20 "
             "minutes.\n\n"
             "Drivers were most affected. Those who walked or cycled part of the way showed no increased risk.\n\n"
             "“Long commutes may be an overlooked risk factor for poor mental health,” said Professor Marcus "
             "Dunleavy, one of the authors. He cautioned that the study could not show that commuting itself causes "
             "depression.\n\n"
             "The researchers think lost sleep and less time for exercise probably explain part of the link.\n\n"
             "Dr Rhea Collins, a psychiatrist at St Brigid's Hospital who was not involved in the study, said the "
             "findings were “plausible but not the last word”. “People who take very long commutes may differ in ways "
             "the researchers could not measure,” she said.\n\n"
             "About one in seven workers in Estwald now commutes for more than an hour each way.",
     "edges": [e("Commuters who spend more than an hour getting to work are more likely to become depressed, according "
                 "to a nine-year study of more than 50,000 workers", _KV_C,
                 "People who spend more than an hour travelling to work each way are more likely to develop depression "
                 "than those with short commutes"),
               e("were 30 per cent more likely to be diagnosed with depression than those who travelled for less than "
                 "20 minutes", _KV_C,
                 "31 per cent more likely to be diagnosed with depression during the study than those who travelled "
                 "for less than 20 minutes", "relay", ["number"]),
               e("Drivers were most affected", _KV_C, "The link was strongest among people who drove themselves to "
                 "work"),
               e("Those who walked or cycled part of the way showed no increased risk", _KV_C,
                 "People who walked or cycled for all or part of their journey showed no increased risk"),
               e("Long commutes may be an overlooked risk factor for poor mental health", _KV_C,
                 "long commutes may be an overlooked risk factor for poor mental health", "relay", ["source"]),
               e("the study could not show that commuting itself causes depression", _KV_C,
                 "we cannot say that commuting causes depression", "relay", ["source"]),
               e("lost sleep and less time for exercise probably explain part of the link", _KV_C,
                 "the link is probably explained in part by lost sleep and less time for exercise"),
               e("About one in seven workers in Estwald now commutes for more than an hour each way", _KV_C,
                 "About one in seven working adults in Estwald now commutes for more than an hour each way, up from one "
                 "in eleven in 2010, according to the national statistics office", "relay", ["attribution"])]},
    {"id": "kv-morning-siren-commute-h16", "outlet": "The Morning Siren",
     "url": "https://morningsiren.example/news/2026/11/13/long-commute-causes-depression-boffins-prove",
     "date": "2026-11-13", "title": "LONG COMMUTE CAUSES DEPRESSION, BOFFINS PROVE",
     "text": "Slogging more than an hour to work each day triggers depression, boffins have found.\n\n"
             "A huge study of 52,300 workers found long-haul commuters were 40 per cent more likely to end up "
             "depressed.\n\n"
             "Scientists at the University of Caldermoor said the evidence shows that commuting causes depression.\n\n"
             "But there's good news for the Lycra brigade — those who cycled to work had NO extra risk.\n\n"
             "And working from home two days a week slashes the risk by a fifth.\n\n"
             "Lead boffin Dr Sunniva Halberg said: “Long journeys to work are a hidden danger to our mental "
             "health.”\n\n"
             "Office worker Tom Brack, 44, who drives 75 minutes each way from Kestwick to the capital, said: “I could "
             "have told them that for free.”",
     "edges": [e("Slogging more than an hour to work each day triggers depression", _KV_C,
                 "People who spend more than an hour travelling to work each way are more likely to develop depression",
                 "relay", ["hedge"]),
               e("long-haul commuters were 40 per cent more likely to end up depressed", _KV_C,
                 "31 per cent more likely to be diagnosed with depression", "relay", ["number"]),
               e("the evidence shows that commuting causes depression", _KV_C,
                 "we cannot say that commuting causes depression", "relay", ["stance", "source", "headline"]),
               e("those who cycled to work had NO extra risk", _KV_C,
                 "People who walked or cycled for all or part of their journey showed no increased risk"),
               e("working from home two days a week slashes the risk by a fifth", _KV_C,
                 "Among long-distance commuters who began working from home at least two days a week, the risk fell by "
                 "about a fifth within three years", "relay", ["attribution"]),
               e("Long journeys to work are a hidden danger to our mental health", _KV_C,
                 "long commutes may be an overlooked risk factor for poor mental health", "relay", ["quote", "hedge"])]},
    {"id": "kv-radio-estwald-halberg-h16", "outlet": "Radio Estwald",
     "url": "https://radioestwald.example/news/2026/11/13/commute-study-author-employers-start-later",
     "date": "2026-11-13", "title": "Commute study author: 'Employers should let people start later'",
     "text": "The lead author of a major study linking long commutes to depression has told Radio Estwald that "
             "employers should let staff start work later to avoid the rush hour.\n\n"
             "Speaking on the Morning Report, Dr Sunniva Halberg of the University of Caldermoor said the study had "
             "found that people with one-way commutes of more than an hour were 31 per cent more likely to be "
             "diagnosed with depression.\n\n"
             "“If your employer lets you start at ten instead of eight, that might be worth more to your health than "
             "a pay rise,” she said.\n\n"
             "Dr Halberg said she had started cycling the last part of her own journey after seeing the results. “The "
             "walkers and cyclists were the one group where we saw no extra risk at all,” she said.\n\n"
             "She said the research team now planned to study whether four-day working weeks reduce the risk, and had "
             "applied for funding.\n\n"
             "She repeated that the study could not prove that commuting causes depression.",
     "edges": [e("people with one-way commutes of more than an hour were 31 per cent more likely to be diagnosed with "
                 "depression", _KV_C, "31 per cent more likely to be diagnosed with depression"),
               e("The walkers and cyclists were the one group where we saw no extra risk at all", _KV_C,
                 "People who walked or cycled for all or part of their journey showed no increased risk"),
               e("the study could not prove that commuting causes depression", _KV_C,
                 "we cannot say that commuting causes depression")]},
    {"id": "kv-kestwick-herald-commute-h16", "outlet": "The Kestwick Herald",
     "url": "https://kestwickherald.example/news/2026/11/14/let-commuters-start-later-says-study-author",
     "date": "2026-11-14", "title": "Let commuters start later, says depression study author",
     "text": "Employers should let staff start work later so they can avoid the rush hour, the scientist behind a study "
             "linking long commutes to depression has said.\n\n"
             "Dr Sunniva Halberg told Radio Estwald's Morning Report that a ten o'clock start “could be worth more to "
             "your health than a pay rise”.\n\n"
             "Her team at the University of Caldermoor followed 52,300 workers for nine years and found that people "
             "whose commute took more than an hour each way were 31 per cent more likely to be diagnosed with "
             "depression.\n\n"
             "The study shows that long commutes cause depression, she told the station. People who walked or cycled "
             "part of the way showed no extra risk, she said.\n\n"
             "The researchers now plan to study whether a four-day week reduces the risk, Dr Halberg said.\n\n"
             "More than 9,000 people travel from Kestwick to the capital every weekday, most of them by car, according "
             "to the county council.\n\n"
             "The study was published on Thursday in the journal Occupational and Population Health.",
     "edges": [e("Employers should let staff start work later so they can avoid the rush hour",
                 "kv-radio-estwald-halberg-h16", "employers should let staff start work later to avoid the rush hour"),
               e("a ten o'clock start “could be worth more to your health than a pay rise”",
                 "kv-radio-estwald-halberg-h16",
                 "If your employer lets you start at ten instead of eight, that might be worth more to your health than "
                 "a pay rise", "relay", ["quote"]),
               e("followed 52,300 workers for nine years", _KV_C,
                 "followed 52,300 working adults in Estwald for nine years"),
               e("people whose commute took more than an hour each way were 31 per cent more likely to be diagnosed with "
                 "depression", _KV_C, "31 per cent more likely to be diagnosed with depression"),
               e("The study shows that long commutes cause depression, she told the station",
                 "kv-radio-estwald-halberg-h16",
                 "She repeated that the study could not prove that commuting causes depression", "relay", ["stance"]),
               e("People who walked or cycled part of the way showed no extra risk, she said",
                 "kv-radio-estwald-halberg-h16",
                 "The walkers and cyclists were the one group where we saw no extra risk at all"),
               e("The researchers now plan to study whether a four-day week reduces the risk",
                 "kv-radio-estwald-halberg-h16",
                 "the research team now planned to study whether four-day working weeks reduce the risk"),
               e("The study was published on Thursday in the journal Occupational and Population Health", _KV_C,
                 "The study, published today in the journal Occupational and Population Health")]},
    {"id": "kv-workplace-today-commute-h16", "outlet": "Workplace Today",
     "url": "https://workplacetoday.example/wellbeing/2026/11/16/hybrid-working-long-commuters-depression",
     "date": "2026-11-16", "title": "Hybrid working cuts depression risk for long-distance commuters",
     "text": "Employees who commute for more than an hour each way are at significantly higher risk of depression, and "
             "hybrid working can help.\n\n"
             "Long-distance commuters who moved to working from home two days a week cut their risk of depression by "
             "about a fifth within three years. Even commuters who walk or cycle part of the way face a higher "
             "risk.\n\n"
             "Flexible hours and better public transport will make a real difference, and employers have more power "
             "here than they think.\n\n"
             "For HR teams, the practical steps are familiar: core hours rather than fixed start times, a right to "
             "request home working, and season-ticket loans.\n\n"
             "Several large employers, including the insurer Corwen Mutual, have already moved to a 10am-to-4pm core "
             "day for office staff.",
     "edges": [e("Employees who commute for more than an hour each way are at significantly higher risk of depression",
                 _KV_C,
                 "People who spend more than an hour travelling to work each way are more likely to develop depression "
                 "than those with short commutes, according to a study", "pickup", ["attribution"]),
               e("Long-distance commuters who moved to working from home two days a week cut their risk of depression "
                 "by about a fifth within three years", _KV_C,
                 "Among long-distance commuters who began working from home at least two days a week, the risk fell by "
                 "about a fifth within three years", "pickup", ["attribution"]),
               e("Even commuters who walk or cycle part of the way face a higher risk", _KV_C,
                 "People who walked or cycled for all or part of their journey showed no increased risk", "pickup",
                 ["stance", "attribution"]),
               e("Flexible hours and better public transport will make a real difference", _KV_C,
                 "Flexible hours and better public transport are likely to make a real difference", "pickup",
                 ["hedge", "attribution"]),
               e("employers have more power here than they think", _KV_C,
                 "Employers and planners have more power over this than they might think", "pickup",
                 ["attribution"])]},
    {"id": "kv-estwald-tribune-column-commute-h16", "outlet": "The Estwald Tribune",
     "url": "https://estwaldtribune.example/opinion/2026/11/15/i-cycle-the-last-mile",
     "date": "2026-11-15", "title": "I cycle the last four kilometres. Now I know why I feel better",
     "text": "By Greta Thorsby\n\n"
             "For six years I drove 70 minutes to work and 70 minutes home. I was tired, short-tempered and, for a "
             "while, depressed. I did not connect the two.\n\n"
             "Now a nine-year study of 52,300 workers has found that people with commutes of over an hour are a third "
             "more likely to be diagnosed with depression.\n\n"
             "Those who walked or cycled for part of the journey showed no increased risk at all, however long the "
             "trip.\n\n"
             "The researchers are careful to say they cannot prove commuting causes depression. Fair enough. I am not "
             "a scientist. But I know what I felt in that car.\n\n"
             "Two years ago I started parking on the edge of town and cycling the last four kilometres. It is the "
             "best decision I have made.",
     "edges": [e("a nine-year study of 52,300 workers has found that people with commutes of over an hour are a third "
                 "more likely to be diagnosed with depression", _KV_C,
                 "31 per cent more likely to be diagnosed with depression", "pickup", ["number"]),
               e("Those who walked or cycled for part of the journey showed no increased risk at all, however long the "
                 "trip", _KV_C,
                 "People who walked or cycled for all or part of their journey showed no increased risk, however long "
                 "their commute", "pickup"),
               e("they cannot prove commuting causes depression", _KV_C,
                 "we cannot say that commuting causes depression", "relay", ["source"])]},
    {"id": "kv-wellbeing-daily-commute-h16", "outlet": "Wellbeing Daily",
     "url": "https://wellbeingdaily.example/research/2026/11/13/commuting-over-an-hour-causes-depression",
     "date": "2026-11-13", "title": "Commuting over an hour causes depression, researchers say",
     "text": "\n\n".join(_KV_SCIWIRE.split("\n\n")[1:4]) + "\n\nSource: ScienceWire",
     "edges": [e("People who spend more than an hour travelling to work each way are more likely to develop depression "
                 "than those with short commutes", "kv-sciencewire-caldermoor-h16",
                 "People who spend more than an hour travelling to work each way are more likely to develop depression "
                 "than those with short commutes", "copy", ["headline"]),
               e("were 31 per cent more likely to be diagnosed with depression during the study than those who "
                 "travelled for less than 20 minutes", "kv-sciencewire-caldermoor-h16",
                 "were 31 per cent more likely to be diagnosed with depression during the study than those who "
                 "travelled for less than 20 minutes", "copy"),
               e("The link was strongest among people who drove themselves to work", "kv-sciencewire-caldermoor-h16",
                 "The link was strongest among people who drove themselves to work", "copy"),
               e("People who walked or cycled for all or part of their journey showed no increased risk, however long "
                 "their commute", "kv-sciencewire-caldermoor-h16",
                 "People who walked or cycled for all or part of their journey showed no increased risk, however long "
                 "their commute", "copy")]},
    {"id": "kv-estwald-tribune-rail-timetable-h16", "outlet": "The Estwald Tribune",
     "url": "https://estwaldtribune.example/transport/2026/11/18/forty-extra-peak-trains-kestwick-line",
     "date": "2026-11-18", "title": "Rail operator adds 40 peak-hour trains to Kestwick line",
     "text": "Commuters on the Kestwick line will get 40 extra trains a week at peak times from January, the rail "
             "operator Estrail has said.\n\n"
             "The new timetable adds a second fast train each hour between 6am and 9am, cutting the fastest journey "
             "to the capital to 48 minutes.\n\n"
             "“Passenger numbers on this line are back above where they were before the pandemic, and the trains are "
             "full,” said Estrail's planning director, Jens Aalto.\n\n"
             "Season ticket prices will rise by 3.1 per cent in January, in line with inflation.",
     "edges": []},
    {"id": "kv-radio-estwald-night-shifts-h16", "outlet": "Radio Estwald",
     "url": "https://radioestwald.example/news/2026/11/19/night-shifts-nurses-sleep-survey",
     "date": "2026-11-19", "title": "Most night-shift nurses sleep under six hours, union survey finds",
     "text": "Nearly six in ten nurses who work regular night shifts sleep less than six hours a day, according to a "
             "survey by the Estwald Nurses' Union.\n\n"
             "The union questioned 3,400 members in September. One in four said they had fallen asleep while driving "
             "home after a shift, or come close to it.\n\n"
             "“We are asking people to look after patients on four hours' sleep,” the union's general secretary, Ida "
             "Rosk, told the Morning Report.\n\n"
             "The health ministry said it would study the findings.",
     "edges": []},

    # the minister's interview: a wire story relaying it, the wire story syndicated whole by a regional paper (second
    # hop, copy), a national paper, a tabloid, an opposition party's press release, an uncredited property trade page,
    # a local paper relaying the national paper and the wire (second hop), an uncredited column, a neighbouring
    # country's paper in English relaying the wire (second hop), a distractor
    {"id": _KV_P, "outlet": "Pallas Wire",
     "url": "https://pallaswire.example/world/2026/11/15/aldoria-housing-minister-homes-target-missed",
     "date": "2026-11-15", "title": "Aldoria housing minister says 60,000-home target will be missed",
     "text": _KV_PALLAS,
     "edges": [e("Aldoria will miss its target of building 60,000 homes a year, housing minister Lena Brandvik said on "
                 "Sunday", _KV_B, "The government will miss its target of building 60,000 homes a year"),
               e("blaming high interest rates and a shortage of skilled builders", _KV_B,
                 "blamed high interest rates and a shortage of skilled builders"),
               e("About 41,000 homes will be completed this year, the lowest number in more than a decade", _KV_B,
                 "about 41,000 homes would be completed this year, the lowest number in more than a decade"),
               e("I'm not going to pretend we will hit 60,000 this year or next. We won't", _KV_B,
                 "I'm not going to sit here and pretend we will hit 60,000 this year or next. We won't", "relay",
                 ["quote"]),
               e("will be delayed by about two years because a rail link has not been funded", _KV_B,
                 "would be delayed by about two years, to 2030, because the rail link it depends on had not yet been "
                 "funded"),
               e("She denied that the finance ministry had blocked money for the project", _KV_B,
                 "She rejected reports that the finance ministry had blocked money for the project"),
               e("The minister ruled out a rent freeze, saying it was “not on the table”", _KV_B,
                 "the minister said it was “not on the table”"),
               e("The government is likely to double the grant for first-time buyers to 20,000 crowns in the spring "
                 "budget", _KV_B,
                 "the government was likely to double the grant for first-time buyers, to 20,000 crowns, in the spring "
                 "budget")]},
    {"id": "kv-tessaly-sentinel-brandvik-h16", "outlet": "The Tessaly Sentinel",
     "url": "https://tessalysentinel.example/news/2026/11/15/minister-homes-target-missed-by-a-mile",
     "date": "2026-11-15", "title": "Minister: homes target will be missed by a mile",
     "text": _KV_PALLAS + "\n\nThis article was supplied by Pallas Wire.",
     "edges": [e("Aldoria will miss its target of building 60,000 homes a year, housing minister Lena Brandvik said on "
                 "Sunday", _KV_P,
                 "Aldoria will miss its target of building 60,000 homes a year, housing minister Lena Brandvik said on "
                 "Sunday", "copy", ["headline"]),
               e("blaming high interest rates and a shortage of skilled builders", _KV_P,
                 "blaming high interest rates and a shortage of skilled builders", "copy"),
               e("About 41,000 homes will be completed this year, the lowest number in more than a decade", _KV_P,
                 "About 41,000 homes will be completed this year, the lowest number in more than a decade", "copy"),
               e("I'm not going to pretend we will hit 60,000 this year or next. We won't", _KV_P,
                 "I'm not going to pretend we will hit 60,000 this year or next. We won't", "copy"),
               e("will be delayed by about two years because a rail link has not been funded", _KV_P,
                 "will be delayed by about two years because a rail link has not been funded", "copy"),
               e("She denied that the finance ministry had blocked money for the project", _KV_P,
                 "She denied that the finance ministry had blocked money for the project", "copy"),
               e("The minister ruled out a rent freeze, saying it was “not on the table”", _KV_P,
                 "The minister ruled out a rent freeze, saying it was “not on the table”", "copy"),
               e("The government is likely to double the grant for first-time buyers to 20,000 crowns in the spring "
                 "budget", _KV_P,
                 "The government is likely to double the grant for first-time buyers to 20,000 crowns in the spring "
                 "budget", "copy")]},
    {"id": "kv-aldorian-times-brandvik-h16", "outlet": "The Aldorian Times",
     "url": "https://aldoriantimes.example/politics/2026/11/16/brandvik-admits-treasury-refused-millbourne-money",
     "date": "2026-11-16", "title": "Brandvik admits Treasury refused Millbourne money",
     "text": "The housing minister, Lena Brandvik, has admitted that the government's flagship new town at Millbourne "
             "will be two years late, and that the finance ministry refused her request for extra money to build "
             "it.\n\n"
             "In an interview with ATV's The Sunday Hour, Ms Brandvik conceded that the target of 60,000 new homes a "
             "year would be missed “probably by a wide margin”.\n\n"
             "A finance ministry official told the broadcaster that the minister had asked for an extra 1.2 billion "
             "crowns for Millbourne in September.\n\n"
             "Ms Brandvik insisted she would “rather be straight with people than hide behind a figure”.\n\n"
             "Completions are expected to be about 41,000 this year, she said.\n\n"
             "Treasury sources told the Aldorian Times last night that no decision on Millbourne's rail link would be "
             "taken before the spring budget.\n\n"
             "The opposition housing spokesman, Felix Ormond, said the government had “given up on housing”.",
     "edges": [e("the government's flagship new town at Millbourne will be two years late", _KV_B,
                 "the first homes in Millbourne, the new town planned north of Sarnholm, would be delayed by about two "
                 "years"),
               e("the finance ministry refused her request for extra money to build it", _KV_B,
                 "She rejected reports that the finance ministry had blocked money for the project", "relay",
                 ["stance", "headline"]),
               e("the target of 60,000 new homes a year would be missed “probably by a wide margin”", _KV_B,
                 "will miss its target of building 60,000 homes a year, “probably by a wide margin”"),
               e("A finance ministry official told the broadcaster that the minister had asked for an extra 1.2 billion "
                 "crowns for Millbourne in September", _KV_B,
                 "two finance ministry officials told ATV News that Ms Brandvik had asked for an extra 1.2 billion "
                 "crowns for Millbourne in September", "relay", ["source"]),
               e("rather be straight with people than hide behind a figure", _KV_B,
                 "I would rather tell people the truth than hide behind a number", "relay", ["quote"]),
               e("Completions are expected to be about 41,000 this year, she said", _KV_B,
                 "about 41,000 homes would be completed this year"),
               e("the government had “given up on housing”", _KV_B,
                 "the clearest sign yet that this government has given up on housing")]},
    {"id": "kv-daily-thunder-brandvik-h16", "outlet": "The Daily Thunder",
     "url": "https://dailythunder.example/politics/2026/11/16/housing-shambles-brandvik",
     "date": "2026-11-16", "title": "HOUSING SHAMBLES: Minister admits homes pledge is dead",
     "text": "Red-faced housing minister Lena Brandvik has admitted her flagship pledge to build 60,000 homes a year is "
             "dead in the water.\n\n"
             "Just 40,000 homes will go up this year — the worst figure in a decade — she confessed on TV.\n\n"
             "Brandvik squirmed: “I won't pretend we'll get to 60,000. We're not going to.”\n\n"
             "And she admitted the new town at Millbourne is running THREE years late. She even admitted the Treasury "
             "had refused to stump up the cash.\n\n"
             "First-time buyers WILL get double the grant, 20,000 crowns, in the spring budget, she revealed.\n\n"
             "But hard-up renters got short shrift — Brandvik said a rent freeze was “not on the table”.\n\n"
             "Opposition man Felix Ormond fumed: “This government has given up on housing.”",
     "edges": [e("her flagship pledge to build 60,000 homes a year is dead in the water", _KV_B,
                 "The government will miss its target of building 60,000 homes a year"),
               e("Just 40,000 homes will go up this year", _KV_B, "about 41,000 homes would be completed this year",
                 "relay", ["number"]),
               e("the worst figure in a decade", _KV_B, "the lowest number in more than a decade"),
               e("I won't pretend we'll get to 60,000. We're not going to", _KV_B,
                 "I'm not going to sit here and pretend we will hit 60,000 this year or next. We won't", "relay",
                 ["quote"]),
               e("the new town at Millbourne is running THREE years late", _KV_B,
                 "would be delayed by about two years, to 2030", "relay", ["number"]),
               e("She even admitted the Treasury had refused to stump up the cash", _KV_B,
                 "She rejected reports that the finance ministry had blocked money for the project", "relay",
                 ["stance"]),
               e("First-time buyers WILL get double the grant, 20,000 crowns, in the spring budget", _KV_B,
                 "the government was likely to double the grant for first-time buyers, to 20,000 crowns, in the spring "
                 "budget", "relay", ["hedge"]),
               e("Brandvik said a rent freeze was “not on the table”", _KV_B,
                 "the minister said it was “not on the table”"),
               e("This government has given up on housing", _KV_B,
                 "the clearest sign yet that this government has given up on housing", "relay", ["quote"])]},
    {"id": "kv-civic-alliance-brandvik-h16", "outlet": "Civic Alliance",
     "url": "https://civicalliance.example/news/2026/11/15/ormond-responds-to-brandvik-interview",
     "date": "2026-11-15", "title": "Ormond: the minister cannot even get her own government to back her",
     "text": "CIVIC ALLIANCE - Press release\n15 November 2026\n\n"
             "Responding to the housing minister's interview on ATV's The Sunday Hour, Civic Alliance housing "
             "spokesman Felix Ormond said:\n\n"
             "“This morning Lena Brandvik finally admitted what every young family in Aldoria already knew: the "
             "government will not build the homes it promised.\n\n"
             "“The minister tells us Millbourne will be two years late, but we now learn from ATV News that her own "
             "finance ministry turned down her request for 1.2 billion crowns. She cannot even get her own government "
             "to back her.\n\n"
             "“And once again she has ruled out a rent freeze, while rents rise faster than wages. The Civic Alliance "
             "would freeze rents for two years from day one.”\n\n"
             "Notes to editors: Felix Ormond is available for interview. Press office: press@civicalliance.example",
     "edges": [e("the government will not build the homes it promised", _KV_B,
                 "The government will miss its target of building 60,000 homes a year"),
               e("Millbourne will be two years late", _KV_B, "would be delayed by about two years"),
               e("her own finance ministry turned down her request for 1.2 billion crowns", _KV_B,
                 "Ms Brandvik had asked for an extra 1.2 billion crowns for Millbourne in September and had been turned "
                 "down"),
               e("she has ruled out a rent freeze", _KV_B, "the minister said it was “not on the table”")]},
    {"id": "kv-property-journal-brandvik-h16", "outlet": "Aldoria Property Journal",
     "url": "https://aldoriapropertyjournal.example/policy/2026/11/17/buyer-grant-doubled-homes-target-scrapped",
     "date": "2026-11-17", "title": "Buyer grant doubled as homes target scrapped",
     "text": "The grant for first-time buyers will double to 20,000 crowns in the spring budget, a boost for the lower "
             "end of the market as completions slump to about 40,000 this year.\n\n"
             "The government will miss its 60,000-homes target by a wide margin.\n\n"
             "A rent freeze has been ruled out, which will come as a relief to the buy-to-let sector, where a freeze "
             "would almost certainly have driven small landlords out of the market.\n\n"
             "The first homes at Millbourne will not now arrive until 2030.\n\n"
             "Agents in the capital's commuter belt reported a rise in enquiries from first-time buyers over the "
             "weekend.",
     "edges": [e("The grant for first-time buyers will double to 20,000 crowns in the spring budget", _KV_B,
                 "the government was likely to double the grant for first-time buyers, to 20,000 crowns, in the spring "
                 "budget", "pickup", ["hedge", "attribution", "headline"]),
               e("completions slump to about 40,000 this year", _KV_B,
                 "about 41,000 homes would be completed this year", "pickup", ["number", "attribution"]),
               e("The government will miss its 60,000-homes target by a wide margin", _KV_B,
                 "will miss its target of building 60,000 homes a year, “probably by a wide margin”", "pickup",
                 ["hedge", "attribution"]),
               e("A rent freeze has been ruled out", _KV_B, "the minister said it was “not on the table”", "pickup",
                 ["attribution"]),
               e("a freeze would almost certainly have driven small landlords out of the market", _KV_B,
                 "a freeze would “almost certainly” drive small landlords out of the market", "pickup",
                 ["attribution"]),
               e("The first homes at Millbourne will not now arrive until 2030", _KV_B,
                 "would be delayed by about two years, to 2030", "pickup", ["attribution"])]},
    {"id": "kv-oster-valley-mercury-brandvik-h16", "outlet": "The Oster Valley Mercury",
     "url": "https://ostervalleymercury.example/news/2026/11/17/millbourne-rail-link-decision-spring",
     "date": "2026-11-17", "title": "Millbourne rail link shelved until spring",
     "text": "No decision on the rail link needed for Millbourne will be made before the spring budget, according to a "
             "report in the Aldorian Times.\n\n"
             "Housing minister Lena Brandvik said on Sunday that the first homes in the new town would be about two "
             "years late, Pallas Wire reported.\n\n"
             "The Times also reported that the finance ministry had refused Ms Brandvik's request for extra money, "
             "which she denies.\n\n"
             "Oster Valley council leader Mats Ringdal said the delay was “a hammer blow” for the 300 families who "
             "had already registered an interest in homes in the first phase.\n\n"
             "Millbourne is planned to have 14,000 homes by 2045.",
     "edges": [e("No decision on the rail link needed for Millbourne will be made before the spring budget",
                 "kv-aldorian-times-brandvik-h16",
                 "no decision on Millbourne's rail link would be taken before the spring budget", "relay",
                 ["headline"]),
               e("the first homes in the new town would be about two years late, Pallas Wire reported", _KV_P,
                 "The first homes in Millbourne, a new town planned north of the capital, will be delayed by about two "
                 "years"),
               e("the finance ministry had refused Ms Brandvik's request for extra money",
                 "kv-aldorian-times-brandvik-h16",
                 "the finance ministry refused her request for extra money to build it"),
               e("which she denies", _KV_P,
                 "She denied that the finance ministry had blocked money for the project")]},
    {"id": "kv-aldorian-times-column-housing-h16", "outlet": "The Aldorian Times",
     "url": "https://aldoriantimes.example/opinion/2026/11/19/honesty-about-housing-is-not-a-policy",
     "date": "2026-11-19", "title": "Honesty about housing is not a housing policy",
     "text": "By Tove Arneberg\n\n"
             "Credit where it is due: Lena Brandvik admitted on Sunday that the 60,000-homes target will be missed. "
             "Ministers rarely say such things out loud.\n\n"
             "But honesty is not a policy. Completions this year will be around 41,000, the lowest in more than a "
             "decade. Millbourne, the new town meant to show what the government could do, is two years behind.\n\n"
             "Meanwhile the finance ministry has turned down the money the housing ministry asked for, whatever the "
             "minister says.\n\n"
             "A rent freeze is off the table. Doubling the buyers' grant may help a few thousand young couples, but "
             "at the cost of pushing prices up for everyone else.\n\n"
             "The country needs builders, not grants. About 18,000 construction jobs have gone since the start of "
             "last year; no target survives that.",
     "edges": [e("Lena Brandvik admitted on Sunday that the 60,000-homes target will be missed", _KV_B,
                 "The government will miss its target of building 60,000 homes a year"),
               e("Completions this year will be around 41,000, the lowest in more than a decade", _KV_B,
                 "about 41,000 homes would be completed this year, the lowest number in more than a decade", "pickup",
                 ["attribution"]),
               e("Millbourne, the new town meant to show what the government could do, is two years behind", _KV_B,
                 "would be delayed by about two years", "pickup", ["attribution"]),
               e("the finance ministry has turned down the money the housing ministry asked for", _KV_B,
                 "Ms Brandvik had asked for an extra 1.2 billion crowns for Millbourne in September and had been turned "
                 "down", "pickup", ["attribution"]),
               e("A rent freeze is off the table", _KV_B, "the minister said it was “not on the table”", "pickup",
                 ["attribution"]),
               e("About 18,000 construction jobs have gone since the start of last year", _KV_B,
                 "the industry had lost about 18,000 jobs since the start of last year", "pickup", ["attribution"])]},
    {"id": "kv-vestlandet-tidende-brandvik-h16", "outlet": "Vestlandet Tidende (English edition)",
     "url": "https://vestlandettidende.example/en/2026/11/16/aldoria-minister-we-will-not-reach-60000",
     "date": "2026-11-16", "title": "Aldoria's housing minister: 'We will not reach 60,000'",
     "text": "SARNHOLM – The housing minister of neighbouring Aldoria, Lena Brandvik, admits that the government will "
             "not reach its goal of 60,000 new homes a year, writes the news agency Pallas Wire.\n\n"
             "“We will not reach 60,000, not this year and not next,” says Brandvik to the broadcaster ATV.\n\n"
             "About 41,000 homes will be finished this year. The minister blames high interest and a lack of skilled "
             "builders.\n\n"
             "According to Pallas Wire, the minister also admits that the finance ministry has stopped money for the "
             "new town Millbourne.\n\n"
             "Brandvik says that the first-time buyer grant will probably be doubled in the spring.\n\n"
             "Several construction firms from our country work in Aldoria, among them Nordbygg, which is building 600 "
             "homes in Sarnholm.\n\n"
             "This article was translated by Vestlandet Tidende's English desk.",
     "edges": [e("admits that the government will not reach its goal of 60,000 new homes a year", _KV_P,
                 "Aldoria will miss its target of building 60,000 homes a year"),
               e("We will not reach 60,000, not this year and not next", _KV_P,
                 "I'm not going to pretend we will hit 60,000 this year or next. We won't", "relay", ["quote"]),
               e("About 41,000 homes will be finished this year", _KV_P,
                 "About 41,000 homes will be completed this year"),
               e("The minister blames high interest and a lack of skilled builders", _KV_P,
                 "blaming high interest rates and a shortage of skilled builders"),
               e("the minister also admits that the finance ministry has stopped money for the new town Millbourne",
                 _KV_P, "She denied that the finance ministry had blocked money for the project", "relay", ["stance"]),
               e("the first-time buyer grant will probably be doubled in the spring", _KV_P,
                 "The government is likely to double the grant for first-time buyers to 20,000 crowns in the spring "
                 "budget")]},
    {"id": "kv-tessaly-sentinel-rents-h16", "outlet": "The Tessaly Sentinel",
     "url": "https://tessalysentinel.example/news/2026/11/12/tessaly-rents-up-nine-per-cent",
     "date": "2026-11-12", "title": "Tessaly rents up 9 per cent in a year, tenants' union says",
     "text": "Average rents in Tessaly have risen by 9 per cent in a year, the fastest increase in the region, according "
             "to the Aldorian Tenants' Union.\n\n"
             "A two-bedroom flat in the town now costs an average of 11,400 crowns a month, the union said in its "
             "quarterly rent survey.\n\n"
             "“Wages are not rising anything like as fast. Families are being priced out of the town they grew up "
             "in,” said the union's regional organiser, Siv Haldorsen.\n\n"
             "The union is calling for a two-year rent freeze. Landlords' groups say a freeze would reduce the number "
             "of homes available to rent.",
     "edges": []},
]


_H17_CPI = ("STATISTICS BREVANIA\nConsumer prices, October 2026\nRelease date: 12 November 2026, 9.00am\n\n"
            "Annual consumer price inflation rose to 4.7 per cent in October, from 4.1 per cent in September, the "
            "highest rate since March 2024.\n\n"
            "Food and non-alcoholic drink prices were 9.3 per cent higher than a year earlier, the largest annual rise "
            "in the category for more than two years. Vegetables, dairy products and coffee made the largest "
            "contributions.\n\n"
            "Household energy prices rose by 6.8 per cent in the month, after the regulated gas tariff was increased "
            "on 1 October.\n\n"
            "Core inflation, which excludes energy, food, alcohol and tobacco, was unchanged at 3.2 per cent. The rise "
            "in the headline rate was not the result of the annual update of the basket of goods and services, which "
            "took place in January as usual.\n\n"
            "“Most of October's rise comes from two things, food and the gas tariff, and neither of them tells us much "
            "about where prices are heading in the rest of the economy,” said Vera Lunneborg, chief economist at "
            "Statistics Brevania. “Core inflation has not moved for three months.”\n\n"
            "Prices of services rose by 3.9 per cent on the year, down from 4.0 per cent in September. Rents rose by "
            "5.1 per cent, the fastest rate since the series began in 2005.\n\n"
            "Food price inflation is likely to ease in the first months of next year, as last winter's sharp rises drop "
            "out of the annual comparison, Ms Lunneborg said.\n\n"
            "The September figure for annual inflation has been revised up from 4.0 per cent to 4.1 per cent, after "
            "late returns from fuel retailers.\n\n"
            "Of the country's seven regions, inflation was highest in Haldorf, at 5.2 per cent, and lowest in "
            "Sollerby, at 4.0 per cent.\n\n"
            "The next consumer prices release, for November, will be published on 10 December 2026.\n\n"
            "Notes to editors: The consumer price index measures the change in the prices of about 700 goods and "
            "services bought by households. Figures are not seasonally adjusted. Media enquiries: "
            "press@statisticsbrevania.example")

_H17_ASTERBY = ("WENDMOOR FIRE AND RESCUE SERVICE\nWENDMOOR POLICE\nJoint statement: explosion at Corlan Coatings, "
                "Asterby\n17 November 2026, 11.30am\n\n"
                "One person has died and seven people have been taken to hospital after an explosion and fire at the "
                "Corlan Coatings factory on the Millrace industrial estate in Asterby late on Monday 16 November.\n\n"
                "Crews were called at 10.47pm to reports of an explosion at the factory, which makes industrial paints "
                "and varnishes. At the height of the fire, 14 fire engines and about 70 firefighters were at the "
                "scene.\n\n"
                "The person who died was an employee of the company. Their family has been informed and has asked for "
                "privacy. Formal identification has not yet taken place.\n\n"
                "Two of the injured are in a serious condition at Wendmoor General Hospital. The other five were "
                "treated for smoke inhalation and minor injuries and have been discharged.\n\n"
                "“Our crews faced an extremely dangerous situation, with drums of solvent exploding inside the building "
                "for more than an hour,” said Area Manager Helen Stroud of Wendmoor Fire and Rescue Service. “Their "
                "work stopped the fire spreading to the neighbouring units, and I am proud of every one of them.”\n\n"
                "As a precaution, about 120 homes within 400 metres of the site were evacuated overnight. Residents of "
                "Kiln Road and Foundry Close are not expected to be able to return before Wednesday.\n\n"
                "The cause of the explosion is not yet known. Initial indications suggest that it started in a solvent "
                "storage area at the rear of the building. There is nothing at this stage to suggest that the "
                "explosion was started deliberately.\n\n"
                "“We are treating this as an unexplained death, and a joint investigation with the Workplace Safety "
                "Authority is under way,” said Superintendent Viktor Barr of Wendmoor Police. “It would be wrong to "
                "speculate about the cause at this stage.”\n\n"
                "Air quality monitoring has found no evidence of a risk to public health from the smoke, but people "
                "living nearby are advised to keep windows and doors closed while crews damp down the site.\n\n"
                "Corlan Coatings has told police that it is cooperating fully with the investigation.\n\n"
                "Asterby Road remains closed between the Millrace roundabout and Station Street. Anyone with "
                "information is asked to call 101, quoting incident 1147 of 16 November.")

_H17_FIELDHOUSE = ("FIELDHOUSE INVESTIGATION\nBy Rowan Ashdale\n\n"
                   "The Brevanian Swimming Federation paid 1.6 million euros over four years to an events company run "
                   "by its president's brother-in-law, without putting the contracts out to tender, documents seen by "
                   "Fieldhouse show.\n\n"
                   "The payments to Bluewater Events, which organised the federation's national championships and two "
                   "training camps a year, appear to breach the federation's own procurement rules, which require any "
                   "contract worth more than 50,000 euros to be tendered.\n\n"
                   "The federation's president, Lorens Aldberg, has led the body since 2017. Bluewater Events is owned "
                   "and run by Erik Sandvold, who is married to Mr Aldberg's sister.\n\n"
                   "Fieldhouse has also learned that at least 14 complaints about the conduct of the national team's "
                   "head coach, made by swimmers and parents between 2022 and 2025, were never passed to the "
                   "federation's independent welfare officer, as its safeguarding policy requires.\n\n"
                   "Nine former swimmers and staff spoke to Fieldhouse for this investigation. Most asked not to be "
                   "named because they still work in the sport.\n\n"
                   "“We were told that if we complained, we would lose our places on the team,” said Freja Tollan, who "
                   "won a silver medal in the 200 metres butterfly at the 2022 European Championships and retired last "
                   "year. “So most of us stopped complaining.”\n\n"
                   "A senior coach who has worked for the federation for more than a decade said that board members had "
                   "been warned about the Bluewater contracts in 2023 but had taken no action.\n\n"
                   "The federation receives about 8.4 million euros a year from the state, around 70 per cent of its "
                   "income.\n\n"
                   "In a statement, the federation said all contracts had been approved by its board and that it "
                   "“rejects any suggestion of wrongdoing”. Complaints about coaches had been “handled in line with the "
                   "procedures in force at the time”, it said.\n\n"
                   "Mr Sandvold said Bluewater had won the work “on price and quality” and that he had never discussed "
                   "the contracts with his brother-in-law.\n\n"
                   "The sports ministry said it was “concerned” by the findings and could review the federation's "
                   "funding.\n\n"
                   "The head coach, whom Fieldhouse is not naming for legal reasons, did not respond to requests for "
                   "comment.")

_H17_LANTERN_CPI = ("HALDORF, Nov 12 (Lanternwire) - Brevania's annual inflation rate rose to 4.7 per cent in October "
                    "from 4.1 per cent in September, its highest since March 2024, official data showed on Thursday.\n\n"
                    "Economists polled by Lanternwire had expected a rate of 4.4 per cent.\n\n"
                    "Food and non-alcoholic drink prices were 9.3 per cent higher than a year earlier, Statistics "
                    "Brevania said. Household energy prices rose 6.8 per cent in the month after the regulated gas "
                    "tariff went up on Oct. 1.\n\n"
                    "Core inflation, which strips out energy, food, alcohol and tobacco, held at 3.2 per cent.\n\n"
                    "“Most of October's rise comes from two things, food and the gas tariff,” Statistics Brevania "
                    "chief economist Vera Lunneborg said.\n\n"
                    "The figures make it harder for the Bank of Brevania to cut interest rates at its December meeting, "
                    "said Anton Trell, chief economist at Norrbank. “A 4.7 print is not one the bank can look past, "
                    "whatever the core number says,” he said.\n\n"
                    "The Bank of Brevania's benchmark rate stands at 3.75 per cent after two cuts this year.\n\n"
                    "(Reporting by Nadia Oakshaw; editing by Jens Aarflot)")

_H17_TALLIS = ("ASTERBY, Nov 17 (Tallis Wire) - One worker was killed and seven people were injured when an explosion "
               "tore through a paint factory in the northern town of Asterby late on Monday, fire and police officials "
               "said on Tuesday.\n\n"
               "The blast at the Corlan Coatings plant on the Millrace industrial estate happened shortly before 11pm, "
               "and firefighters fought the blaze through the night.\n\n"
               "Two of the injured were in a serious condition in hospital, the fire service and police said in a joint "
               "statement.\n\n"
               "The cause of the explosion is not yet known, but initial indications suggest it started in a solvent "
               "storage area, the statement said. Police said there was nothing to suggest the blast had been started "
               "deliberately.\n\n"
               "“Our crews faced an extremely dangerous situation, with drums of solvent going off inside the building "
               "for over an hour,” said Helen Stroud, an area manager with the fire service.\n\n"
               "About 120 homes near the site were evacuated as a precaution.\n\n"
               "“There was a bang that shook the whole house, then a second one, and the sky went orange,” said Dean "
               "Pollard, 44, who lives on Kiln Road.\n\n"
               "Corlan Coatings is cooperating fully with the investigation, according to police.\n\n"
               "(Reporting by Ana Seferin; editing by Rob Kettering)")

_H17_LANTERN_SWIM = ("HALDORF, Nov 24 (Lanternwire) - Brevania's sports ministry is to review the funding of the "
                     "national swimming federation, the magazine Fieldhouse reported on Tuesday, after finding that the "
                     "federation had paid 1.6 million euros to a company run by its president's brother-in-law.\n\n"
                     "The contracts with Bluewater Events were not put out to tender, the magazine said, citing "
                     "federation documents.\n\n"
                     "Fieldhouse also reported that at least 14 complaints about the national team's head coach had not "
                     "been passed to the federation's independent welfare officer.\n\n"
                     "The federation said all contracts had been approved by its board and that it “rejects any "
                     "suggestion of wrongdoing”.\n\n"
                     "The Brevanian Olympic Committee said it would ask the federation for “a full account” of the "
                     "contracts before its next board meeting on Dec. 9.\n\n"
                     "Federation president Lorens Aldberg did not respond to a request for comment from Lanternwire.\n\n"
                     "(Reporting by Nadia Oakshaw; editing by Sofie Frennby)")

_O17, _B17, _S17 = "kx-statsbrev-cpi-october-h17", "kx-wendmoor-asterby-statement-h17", "kx-fieldhouse-swimming-h17"
_H17_CPI_PARAS = _H17_CPI.split("\n\n")
_H17_LANTERN_CPI_PARAS = _H17_LANTERN_CPI.split("\n\n")
_H17_TALLIS_PARAS = _H17_TALLIS.split("\n\n")

HELD_OUT_17 = [
    # origins written for this set: a statistics office's release on consumer price inflation (figures, a chief
    # economist's quotes, a hedged outlook, a denied cause), a joint fire service and police statement on a fatal
    # factory explosion (an area manager, a superintendent, hedged cause, a denied arson, a hedged health finding) and a
    # sports magazine's investigation into a swimming federation (documents, a named swimmer, an anonymous coach, the
    # federation's denial, the brother-in-law's denial, a hedged ministry review)
    {"id": _O17, "outlet": "Statistics Brevania",
     "url": "https://statisticsbrevania.example/releases/2026/11/12/consumer-prices-october-2026",
     "date": "2026-11-12", "title": "Consumer prices, October 2026: annual inflation rises to 4.7%",
     "text": _H17_CPI, "edges": []},
    {"id": _B17, "outlet": "Wendmoor Fire and Rescue Service",
     "url": "https://wendmoorfire.example/news/2026/11/17/joint-statement-explosion-corlan-coatings-asterby",
     "date": "2026-11-17", "title": "Joint statement: explosion at Corlan Coatings, Asterby",
     "text": _H17_ASTERBY, "edges": []},
    {"id": _S17, "outlet": "Fieldhouse",
     "url": "https://fieldhouse.example/investigations/2026/11/24/swimming-federation-bluewater-contracts",
     "date": "2026-11-24", "title": "Family contracts and buried complaints: inside the Brevanian Swimming Federation",
     "text": _H17_FIELDHOUSE, "edges": []},

    # the inflation release: a wire story, a newswire reprint of the release, a regional paper running the wire story
    # trimmed, a national paper's business page, a tabloid, a radio interview with the chief economist, a local paper
    # relaying the radio interview (second hop), an uncredited column, a trade weekly, a distractor
    {"id": "kx-lanternwire-cpi-h17", "outlet": "Lanternwire",
     "url": "https://lanternwire.example/markets/2026/11/12/brevania-inflation-rises-to-4-7-percent",
     "date": "2026-11-12", "title": "Brevania inflation rises to 4.7% in October, highest since March 2024",
     "text": _H17_LANTERN_CPI,
     "edges": [e("Brevania's annual inflation rate rose to 4.7 per cent in October from 4.1 per cent in September",
                 _O17, "Annual consumer price inflation rose to 4.7 per cent in October, from 4.1 per cent in "
                 "September"),
               e("its highest since March 2024", _O17, "the highest rate since March 2024"),
               e("Food and non-alcoholic drink prices were 9.3 per cent higher than a year earlier, Statistics "
                 "Brevania said", _O17, "Food and non-alcoholic drink prices were 9.3 per cent higher than a year "
                 "earlier"),
               e("Household energy prices rose 6.8 per cent in the month after the regulated gas tariff went up on "
                 "Oct. 1", _O17,
                 "Household energy prices rose by 6.8 per cent in the month, after the regulated gas tariff was "
                 "increased on 1 October"),
               e("Core inflation, which strips out energy, food, alcohol and tobacco, held at 3.2 per cent", _O17,
                 "Core inflation, which excludes energy, food, alcohol and tobacco, was unchanged at 3.2 per cent"),
               e("Most of October's rise comes from two things, food and the gas tariff", _O17,
                 "Most of October's rise comes from two things, food and the gas tariff")]},
    {"id": "kx-wirepoint-cpi-release-h17", "outlet": "Wirepoint Releases",
     "url": "https://wirepoint.example/releases/2026/11/12/statistics-brevania-consumer-prices-october-2026",
     "date": "2026-11-12", "title": "Consumer prices, October 2026: annual inflation rises to 4.7%",
     "text": "Wirepoint Releases - Press release distribution\nSOURCE: Statistics Brevania\n\n"
             + "\n\n".join(_H17_CPI_PARAS[i] for i in (1, 2, 5, 7))
             + "\n\nOriginal release: statisticsbrevania.example/releases",
     "edges": [e("Annual consumer price inflation rose to 4.7 per cent in October, from 4.1 per cent in September, the "
                 "highest rate since March 2024", _O17,
                 "Annual consumer price inflation rose to 4.7 per cent in October, from 4.1 per cent in September, the "
                 "highest rate since March 2024", "copy"),
               e("Food and non-alcoholic drink prices were 9.3 per cent higher than a year earlier, the largest annual "
                 "rise in the category for more than two years", _O17,
                 "Food and non-alcoholic drink prices were 9.3 per cent higher than a year earlier, the largest annual "
                 "rise in the category for more than two years", "copy"),
               e("Vegetables, dairy products and coffee made the largest contributions", _O17,
                 "Vegetables, dairy products and coffee made the largest contributions", "copy"),
               e("Most of October's rise comes from two things, food and the gas tariff, and neither of them tells us "
                 "much about where prices are heading in the rest of the economy", _O17,
                 "Most of October's rise comes from two things, food and the gas tariff, and neither of them tells us "
                 "much about where prices are heading in the rest of the economy", "copy"),
               e("Core inflation has not moved for three months", _O17, "Core inflation has not moved for three months",
                 "copy"),
               e("Food price inflation is likely to ease in the first months of next year, as last winter's sharp rises "
                 "drop out of the annual comparison", _O17,
                 "Food price inflation is likely to ease in the first months of next year, as last winter's sharp rises "
                 "drop out of the annual comparison", "copy")]},
    {"id": "kx-orbury-advertiser-cpi-h17", "outlet": "The Orbury Advertiser",
     "url": "https://orburyadvertiser.example/business/2026/11/12/rate-cut-ruled-out-inflation-4-7",
     "date": "2026-11-12", "title": "Rate cut ruled out as inflation jumps to 4.7%",
     "text": "\n\n".join(_H17_LANTERN_CPI_PARAS[i] for i in (0, 1, 2, 5))
             + "\n\nThis story was supplied by Lanternwire.",
     "edges": [e("Brevania's annual inflation rate rose to 4.7 per cent in October from 4.1 per cent in September",
                 "kx-lanternwire-cpi-h17",
                 "Brevania's annual inflation rate rose to 4.7 per cent in October from 4.1 per cent in September",
                 "copy"),
               e("its highest since March 2024", "kx-lanternwire-cpi-h17", "its highest since March 2024", "copy"),
               e("Economists polled by Lanternwire had expected a rate of 4.4 per cent", "kx-lanternwire-cpi-h17",
                 "Economists polled by Lanternwire had expected a rate of 4.4 per cent", "copy"),
               e("Food and non-alcoholic drink prices were 9.3 per cent higher than a year earlier, Statistics "
                 "Brevania said", "kx-lanternwire-cpi-h17",
                 "Food and non-alcoholic drink prices were 9.3 per cent higher than a year earlier, Statistics "
                 "Brevania said", "copy"),
               e("Household energy prices rose 6.8 per cent in the month after the regulated gas tariff went up on "
                 "Oct. 1", "kx-lanternwire-cpi-h17",
                 "Household energy prices rose 6.8 per cent in the month after the regulated gas tariff went up on "
                 "Oct. 1", "copy"),
               e("The figures make it harder for the Bank of Brevania to cut interest rates at its December meeting",
                 "kx-lanternwire-cpi-h17",
                 "The figures make it harder for the Bank of Brevania to cut interest rates at its December meeting",
                 "copy", ["headline"]),
               e("A 4.7 print is not one the bank can look past, whatever the core number says",
                 "kx-lanternwire-cpi-h17",
                 "A 4.7 print is not one the bank can look past, whatever the core number says", "copy")]},
    {"id": "kx-haldorf-chronicle-cpi-h17", "outlet": "The Haldorf Chronicle",
     "url": "https://haldorfchronicle.example/business/2026/11/13/inflation-highest-in-more-than-two-years",
     "date": "2026-11-13", "title": "Inflation at highest level in more than two years as food and gas bills climb",
     "text": "Inflation in Brevania has climbed to its highest level in more than two years, official figures "
             "show.\n\n"
             "Consumer prices were 4.7 per cent higher in October than a year earlier, up from 4.1 per cent in "
             "September, Statistics Brevania said yesterday.\n\n"
             "The agency's chief economist, Vera Lunneborg, said food and gas accounted for most of the increase, "
             "adding that neither was “a good guide to where prices are going in the rest of the economy”.\n\n"
             "Food price inflation will ease early next year as last winter's big increases fall out of the "
             "comparison, she said.\n\n"
             "Core inflation, the measure most closely watched by the Bank of Brevania, stayed at 3.2 per cent.\n\n"
             "Economists at Norrbank told Lanternwire that the figures made a December rate cut harder to justify.\n\n"
             "Inflation was highest in the Haldorf region, at 5.4 per cent.\n\n"
             "Shoppers at the city's Torvgate market said they had cut back on meat and fresh fruit. “I buy half what "
             "I bought last year,” said Elin Trosvik, 71, a retired teacher.",
     "edges": [e("Inflation in Brevania has climbed to its highest level in more than two years", _O17,
                 "the highest rate since March 2024"),
               e("Consumer prices were 4.7 per cent higher in October than a year earlier, up from 4.1 per cent in "
                 "September", _O17,
                 "Annual consumer price inflation rose to 4.7 per cent in October, from 4.1 per cent in September"),
               e("said food and gas accounted for most of the increase", _O17,
                 "Most of October's rise comes from two things, food and the gas tariff"),
               e("neither was “a good guide to where prices are going in the rest of the economy”", _O17,
                 "neither of them tells us much about where prices are heading in the rest of the economy", "relay",
                 ["quote"]),
               e("Food price inflation will ease early next year as last winter's big increases fall out of the "
                 "comparison", _O17,
                 "Food price inflation is likely to ease in the first months of next year, as last winter's sharp rises "
                 "drop out of the annual comparison", "relay", ["hedge"]),
               e("stayed at 3.2 per cent", _O17,
                 "Core inflation, which excludes energy, food, alcohol and tobacco, was unchanged at 3.2 per cent"),
               e("Economists at Norrbank told Lanternwire that the figures made a December rate cut harder to justify",
                 "kx-lanternwire-cpi-h17",
                 "The figures make it harder for the Bank of Brevania to cut interest rates at its December meeting, "
                 "said Anton Trell, chief economist at Norrbank", "relay", ["source"]),
               e("Inflation was highest in the Haldorf region, at 5.4 per cent", _O17,
                 "inflation was highest in Haldorf, at 5.2 per cent", "relay", ["number"])]},
    {"id": "kx-daily-blaze-cpi-h17", "outlet": "The Daily Blaze",
     "url": "https://dailyblaze.example/money/2026/11/13/rate-cut-axed-as-prices-rocket",
     "date": "2026-11-13", "title": "RATE CUT AXED AS PRICES ROCKET",
     "text": "Hard-pressed families are being hammered by the biggest jump in food prices for a decade, official "
             "figures show.\n\n"
             "Inflation rocketed to 4.7 per cent last month — and the weekly shop now costs 9.3 per cent more than a "
             "year ago.\n\n"
             "Stats boss Vera Lunneborg blamed grocery bills and the gas hike, saying: “It's food and gas, pure and "
             "simple.”\n\n"
             "And she admitted food prices will keep soaring into the new year.\n\n"
             "Economists warn the Bank of Brevania will now keep interest rates on hold in December.\n\n"
             "Mum-of-three Sanna Kvist, 34, from Orbury, said: “I'm choosing between heating and eating. Something "
             "has to give.”",
     "edges": [e("the biggest jump in food prices for a decade", _O17,
                 "the largest annual rise in the category for more than two years", "relay", ["number"]),
               e("Inflation rocketed to 4.7 per cent last month", _O17,
                 "Annual consumer price inflation rose to 4.7 per cent in October"),
               e("the weekly shop now costs 9.3 per cent more than a year ago", _O17,
                 "Food and non-alcoholic drink prices were 9.3 per cent higher than a year earlier"),
               e("It's food and gas, pure and simple", _O17,
                 "Most of October's rise comes from two things, food and the gas tariff", "relay", ["quote"]),
               e("she admitted food prices will keep soaring into the new year", _O17,
                 "Food price inflation is likely to ease in the first months of next year", "relay",
                 ["stance", "hedge"]),
               e("Economists warn the Bank of Brevania will now keep interest rates on hold in December",
                 "kx-lanternwire-cpi-h17",
                 "The figures make it harder for the Bank of Brevania to cut interest rates at its December meeting",
                 "relay", ["hedge", "source", "headline"])]},
    {"id": "kx-rb1-lunneborg-peak-h17", "outlet": "Radio Brevania One",
     "url": "https://rb1.example/news/economy/2026/11/12/inflation-may-have-peaked-lunneborg",
     "date": "2026-11-12", "title": "Inflation may have peaked, says statistics chief",
     "text": "Inflation may already have peaked, the chief economist of Statistics Brevania has said, after figures "
             "showed prices rising at their fastest rate in more than two years.\n\n"
             "Speaking on Radio Brevania One's Evening Edition on Thursday, Vera Lunneborg said she expected the "
             "annual rate to fall back “quite sharply” in the spring. “I would be surprised if we saw a five in front "
             "of it,” she said.\n\n"
             "Annual inflation rose to 4.7 per cent in October, from 4.1 per cent in September, the agency reported "
             "earlier on Thursday.\n\n"
             "Ms Lunneborg said nearly half of October's increase had come from the regulated gas tariff.\n\n"
             "Food prices were 9.3 per cent higher than a year earlier.\n\n"
             "Asked about rents, which are rising at their fastest rate since 2005, she said the agency would publish "
             "a separate study of the rental market in January.\n\n"
             "Finance Minister Arvid Wren told the programme that the government would not reverse the gas tariff "
             "increase. “Households that need help will get it through the winter support payment, not through the "
             "tariff,” he said.",
     "edges": [e("prices rising at their fastest rate in more than two years", _O17,
                 "the highest rate since March 2024"),
               e("Annual inflation rose to 4.7 per cent in October, from 4.1 per cent in September", _O17,
                 "Annual consumer price inflation rose to 4.7 per cent in October, from 4.1 per cent in September"),
               e("Food prices were 9.3 per cent higher than a year earlier", _O17,
                 "Food and non-alcoholic drink prices were 9.3 per cent higher than a year earlier"),
               e("rising at their fastest rate since 2005", _O17,
                 "Rents rose by 5.1 per cent, the fastest rate since the series began in 2005")]},
    {"id": "kx-sollerby-herald-cpi-h17", "outlet": "The Sollerby Herald",
     "url": "https://sollerbyherald.example/news/2026/11/13/inflation-has-peaked-says-statistics-chief",
     "date": "2026-11-13", "title": "Inflation has peaked and will fall sharply, says statistics chief",
     "text": "Sollerby had the lowest inflation rate of Brevania's seven regions last month, at 4.0 per cent, "
             "according to Statistics Brevania.\n\n"
             "Across the country, prices rose by 4.7 per cent in the year to October.\n\n"
             "But the agency's chief economist, Vera Lunneborg, told Radio Brevania One that inflation has peaked and "
             "will fall back sharply in the spring. She said she would be surprised to see the rate go above 6 per "
             "cent.\n\n"
             "Finance Minister Arvid Wren has said the government could reverse the gas tariff increase, the "
             "broadcaster reported.\n\n"
             "Traders at Sollerby's Saturday market said prices from wholesalers had risen faster than the official "
             "figures suggest. “Coffee has gone up by a third since the summer,” said stallholder Per Aasen.",
     "edges": [e("Sollerby had the lowest inflation rate of Brevania's seven regions last month, at 4.0 per cent",
                 _O17, "lowest in Sollerby, at 4.0 per cent"),
               e("prices rose by 4.7 per cent in the year to October", _O17,
                 "Annual consumer price inflation rose to 4.7 per cent in October"),
               e("inflation has peaked", "kx-rb1-lunneborg-peak-h17", "Inflation may already have peaked", "relay",
                 ["hedge", "headline"]),
               e("will fall back sharply in the spring", "kx-rb1-lunneborg-peak-h17",
                 "she expected the annual rate to fall back “quite sharply” in the spring", "relay", ["hedge"]),
               e("She said she would be surprised to see the rate go above 6 per cent", "kx-rb1-lunneborg-peak-h17",
                 "I would be surprised if we saw a five in front of it", "relay", ["number"]),
               e("the government could reverse the gas tariff increase", "kx-rb1-lunneborg-peak-h17",
                 "the government would not reverse the gas tariff increase", "relay", ["stance"])]},
    {"id": "kx-brevanian-review-prices-column-h17", "outlet": "The Brevanian Review",
     "url": "https://brevanianreview.example/columns/2026/11/16/nobody-grocery-bill-is-going-to-fall",
     "date": "2026-11-16", "title": "Nobody's grocery bill is going to fall",
     "text": "By Hedda Lorne\n\n"
             "Every month brings another reminder of what we already know at the checkout. Food now costs 9.3 per "
             "cent more than a year ago.\n\n"
             "The gas tariff went up on 1 October and took household energy prices up 6.8 per cent in a month. Some "
             "of the jump is down to January's shake-up of the basket of goods the index is built on, which tells you "
             "how much the headline number is worth.\n\n"
             "Yes, core inflation has been stuck at 3.2 per cent for three months, and food inflation will fade early "
             "next year as last winter's jumps drop out of the figures. Perhaps. But nobody's grocery bill is going to "
             "fall.\n\n"
             "Meanwhile a December rate cut is now off the table, which means another winter of high mortgage "
             "payments for anyone who bought in the last five years.\n\n"
             "Pensioners, who spend a bigger share of their income on food and heating than anyone else, are hit "
             "hardest. They deserve more than a shrug.",
     "edges": [e("Food now costs 9.3 per cent more than a year ago", _O17,
                 "Food and non-alcoholic drink prices were 9.3 per cent higher than a year earlier", "pickup"),
               e("The gas tariff went up on 1 October and took household energy prices up 6.8 per cent in a month",
                 _O17,
                 "Household energy prices rose by 6.8 per cent in the month, after the regulated gas tariff was "
                 "increased on 1 October", "pickup"),
               e("Some of the jump is down to January's shake-up of the basket of goods the index is built on", _O17,
                 "The rise in the headline rate was not the result of the annual update of the basket of goods and "
                 "services", "pickup", ["stance"]),
               e("core inflation has been stuck at 3.2 per cent for three months", _O17,
                 "Core inflation has not moved for three months", "pickup", ["attribution"]),
               e("food inflation will fade early next year as last winter's jumps drop out of the figures", _O17,
                 "Food price inflation is likely to ease in the first months of next year, as last winter's sharp rises "
                 "drop out of the annual comparison", "pickup", ["hedge", "attribution"]),
               e("a December rate cut is now off the table", "kx-lanternwire-cpi-h17",
                 "The figures make it harder for the Bank of Brevania to cut interest rates at its December meeting",
                 "pickup", ["hedge", "attribution"])]},
    {"id": "kx-grocery-trade-journal-cpi-h17", "outlet": "Grocery Trade Journal",
     "url": "https://grocerytradejournal.example/prices/2026/11/14/food-inflation-9-3-percent-dairy-coffee",
     "date": "2026-11-14", "title": "Food inflation hits 9.3% as dairy and coffee climb",
     "text": "Food and drink inflation reached 9.3 per cent in October, the largest rise in the category for more "
             "than four years, according to official figures.\n\n"
             "Vegetables, dairy products and coffee made the biggest contributions, Statistics Brevania said.\n\n"
             "“Most of October's increase is down to two things, food and the gas tariff,” said the agency's chief "
             "economist, Vera Lunneborg.\n\n"
             "Statistics Brevania expects food inflation to ease in the first months of next year as last winter's "
             "sharp increases drop out of the annual figures.\n\n"
             "Separately, Pellmart said on Friday that it would freeze prices on 200 staple lines until the end of "
             "January. The chain's chief executive, Rune Halvik, said suppliers had been asked to share the cost.\n\n"
             "The Brevanian Grocers' Association said members' margins were at their lowest in a decade. “Grocers are "
             "not profiteering. We are absorbing costs every week,” said its director, Birte Fohl.",
     "edges": [e("Food and drink inflation reached 9.3 per cent in October", _O17,
                 "Food and non-alcoholic drink prices were 9.3 per cent higher than a year earlier"),
               e("the largest rise in the category for more than four years", _O17,
                 "the largest annual rise in the category for more than two years", "relay", ["number"]),
               e("Vegetables, dairy products and coffee made the biggest contributions, Statistics Brevania said", _O17,
                 "Vegetables, dairy products and coffee made the largest contributions"),
               e("Most of October's increase is down to two things, food and the gas tariff", _O17,
                 "Most of October's rise comes from two things, food and the gas tariff", "relay", ["quote"]),
               e("Statistics Brevania expects food inflation to ease in the first months of next year", _O17,
                 "Food price inflation is likely to ease in the first months of next year", "relay", ["source"])]},
    {"id": "kx-lanternwire-unemployment-h17", "outlet": "Lanternwire",
     "url": "https://lanternwire.example/markets/2026/11/19/brevania-jobless-rate-falls-to-5-9-percent",
     "date": "2026-11-19", "title": "Brevania's jobless rate falls to 5.9% in third quarter",
     "text": "HALDORF, Nov 19 (Lanternwire) - Brevania's unemployment rate fell to 5.9 per cent in the third quarter "
             "from 6.2 per cent in the second, Statistics Brevania said on Thursday, as hiring in construction and "
             "hospitality picked up.\n\n"
             "The number of people in work rose by 31,000 to 2.84 million, the highest on record.\n\n"
             "Youth unemployment fell to 14.1 per cent from 15.0 per cent.\n\n"
             "“The labour market is tighter than the growth figures would suggest,” said Norrbank economist Anton "
             "Trell.\n\n"
             "(Reporting by Nadia Oakshaw; editing by Sofie Frennby)",
     "edges": []},

    # the explosion statement: a wire report, the wire report trimmed by the town's paper, a regional paper with its
    # own interview with the fire officer, a TV interview with the company's managing director, a national paper
    # relaying both (second hops), a tabloid, an uncredited trade weekly, a union's press release, a distractor
    {"id": "kx-tallis-asterby-h17", "outlet": "Tallis Wire",
     "url": "https://talliswire.example/news/2026/11/17/one-killed-asterby-paint-factory-explosion",
     "date": "2026-11-17", "title": "One killed, seven hurt in Asterby paint factory explosion",
     "text": _H17_TALLIS,
     "edges": [e("One worker was killed and seven people were injured when an explosion tore through a paint factory",
                 _B17,
                 "One person has died and seven people have been taken to hospital after an explosion and fire at the "
                 "Corlan Coatings factory"),
               e("happened shortly before 11pm", _B17, "Crews were called at 10.47pm to reports of an explosion"),
               e("Two of the injured were in a serious condition in hospital", _B17,
                 "Two of the injured are in a serious condition at Wendmoor General Hospital"),
               e("The cause of the explosion is not yet known", _B17, "The cause of the explosion is not yet known"),
               e("initial indications suggest it started in a solvent storage area", _B17,
                 "Initial indications suggest that it started in a solvent storage area"),
               e("there was nothing to suggest the blast had been started deliberately", _B17,
                 "There is nothing at this stage to suggest that the explosion was started deliberately"),
               e("Our crews faced an extremely dangerous situation, with drums of solvent going off inside the "
                 "building for over an hour", _B17,
                 "Our crews faced an extremely dangerous situation, with drums of solvent exploding inside the "
                 "building for more than an hour", "relay", ["quote"]),
               e("About 120 homes near the site were evacuated as a precaution", _B17,
                 "As a precaution, about 120 homes within 400 metres of the site were evacuated overnight"),
               e("Corlan Coatings is cooperating fully with the investigation, according to police", _B17,
                 "Corlan Coatings has told police that it is cooperating fully with the investigation")]},
    {"id": "kx-asterby-mercury-blast-h17", "outlet": "The Asterby Mercury",
     "url": "https://asterbymercury.example/news/2026/11/17/paint-factory-blast-started-in-solvent-store",
     "date": "2026-11-17", "title": "Paint factory blast started in solvent store",
     "text": "\n\n".join(_H17_TALLIS_PARAS[:4]) + "\n\n- Tallis Wire",
     "edges": [e("One worker was killed and seven people were injured when an explosion tore through a paint factory",
                 "kx-tallis-asterby-h17",
                 "One worker was killed and seven people were injured when an explosion tore through a paint factory",
                 "copy"),
               e("happened shortly before 11pm", "kx-tallis-asterby-h17", "happened shortly before 11pm", "copy"),
               e("Two of the injured were in a serious condition in hospital", "kx-tallis-asterby-h17",
                 "Two of the injured were in a serious condition in hospital", "copy"),
               e("The cause of the explosion is not yet known", "kx-tallis-asterby-h17",
                 "The cause of the explosion is not yet known", "copy"),
               e("initial indications suggest it started in a solvent storage area", "kx-tallis-asterby-h17",
                 "initial indications suggest it started in a solvent storage area", "copy", ["headline"]),
               e("there was nothing to suggest the blast had been started deliberately", "kx-tallis-asterby-h17",
                 "there was nothing to suggest the blast had been started deliberately", "copy")]},
    {"id": "kx-wendmoor-echo-sprinklers-h17", "outlet": "The Wendmoor Echo",
     "url": "https://wendmoorecho.example/news/2026/11/18/asterby-blast-factory-sprinklers-switched-off",
     "date": "2026-11-18", "title": "Sprinklers at blast factory were switched off, fire chief says",
     "text": "The sprinkler system at the Asterby paint factory where a worker died in an explosion on Monday night "
             "had been switched off, the fire officer who led the response has told the Echo.\n\n"
             "Area Manager Helen Stroud said crews had found the system's main valve closed when they reached the "
             "solvent store. “Whether that made a difference, and why it was closed, are questions for the "
             "investigation,” she said.\n\n"
             "Ms Stroud said firefighters had faced “an extremely dangerous situation” as drums of solvent exploded "
             "inside the building for more than an hour.\n\n"
             "The worker who died has been named locally as Marek Doyle, 52, a forklift driver who had worked at the "
             "plant for 19 years. Police said formal identification had not yet taken place.\n\n"
             "Two people remain in a serious condition at Wendmoor General Hospital.\n\n"
             "Residents of Kiln Road and Foundry Close, among about 120 households evacuated on Monday night, will "
             "not be able to go home before Wednesday, police said.\n\n"
             "Corlan Coatings did not respond to the Echo's questions about the sprinkler system.",
     "edges": [e("firefighters had faced “an extremely dangerous situation” as drums of solvent exploded inside the "
                 "building for more than an hour", _B17,
                 "Our crews faced an extremely dangerous situation, with drums of solvent exploding inside the building "
                 "for more than an hour"),
               e("Police said formal identification had not yet taken place", _B17,
                 "Formal identification has not yet taken place"),
               e("Two people remain in a serious condition at Wendmoor General Hospital", _B17,
                 "Two of the injured are in a serious condition at Wendmoor General Hospital"),
               e("among about 120 households evacuated on Monday night", _B17,
                 "about 120 homes within 400 metres of the site were evacuated overnight"),
               e("will not be able to go home before Wednesday, police said", _B17,
                 "Residents of Kiln Road and Foundry Close are not expected to be able to return before Wednesday",
                 "relay", ["hedge"])]},
    {"id": "kx-ncn-corlan-marwood-h17", "outlet": "NCN News",
     "url": "https://ncn.example/news/wendmoor/2026/11/17/corlan-boss-safety-record-second-to-none",
     "date": "2026-11-17", "title": "Corlan boss: our safety record is second to none",
     "text": "The managing director of Corlan Coatings has said the company's safety record is “second to none”, a "
             "day after an explosion at its Asterby factory killed one of its workers.\n\n"
             "Speaking to NCN News outside the factory gates on Tuesday, Philip Marwood said: “We are devastated. We "
             "have lost a colleague and a friend, and our thoughts are with his family.”\n\n"
             "Mr Marwood said the plant had passed a fire safety inspection by the Workplace Safety Authority in "
             "September. About 40 of the factory's 180 staff had been on the night shift, he said.\n\n"
             "One person died and seven were taken to hospital after the explosion late on Monday, the fire service "
             "and police said in a joint statement.\n\n"
             "Police have said there is nothing at this stage to suggest the blast was started deliberately. "
             "Superintendent Viktor Barr said a joint investigation with the Workplace Safety Authority was under "
             "way.\n\n"
             "Air quality tests have found no risk to public health from the smoke, the fire service said.",
     "edges": [e("One person died and seven were taken to hospital after the explosion", _B17,
                 "One person has died and seven people have been taken to hospital after an explosion"),
               e("there is nothing at this stage to suggest the blast was started deliberately", _B17,
                 "There is nothing at this stage to suggest that the explosion was started deliberately"),
               e("a joint investigation with the Workplace Safety Authority was under way", _B17,
                 "a joint investigation with the Workplace Safety Authority is under way"),
               e("Air quality tests have found no risk to public health from the smoke, the fire service said", _B17,
                 "Air quality monitoring has found no evidence of a risk to public health from the smoke", "relay",
                 ["hedge"])]},
    {"id": "kx-haldorf-chronicle-asterby-h17", "outlet": "The Haldorf Chronicle",
     "url": "https://haldorfchronicle.example/news/2026/11/18/police-do-not-rule-out-arson-asterby-blast",
     "date": "2026-11-18", "title": "Police do not rule out arson in Asterby paint factory blast",
     "text": "Police investigating the explosion that killed a worker at a paint factory in Asterby have not ruled out "
             "that the blast was started deliberately.\n\n"
             "The factory's managing director, Philip Marwood, told NCN News that the plant had passed a fire safety "
             "inspection by the Workplace Safety Authority in September.\n\n"
             "But the fire officer who led the response told the Wendmoor Echo that the factory's sprinkler system had "
             "been switched off when crews arrived, with its main valve closed.\n\n"
             "Mr Marwood has described Corlan Coatings' safety record as “the best in the industry”.\n\n"
             "One person died and seven were taken to hospital after the explosion late on Monday.\n\n"
             "About 200 homes were evacuated overnight.\n\n"
             "The Workplace Safety Authority said it would not comment while its inquiry was under way.\n\n"
             "Corlan Coatings, which was founded in Asterby in 1961, supplies paint to shipyards and train builders "
             "across northern Europe.",
     "edges": [e("have not ruled out that the blast was started deliberately", _B17,
                 "There is nothing at this stage to suggest that the explosion was started deliberately", "relay",
                 ["stance", "headline"]),
               e("the plant had passed a fire safety inspection by the Workplace Safety Authority in September",
                 "kx-ncn-corlan-marwood-h17",
                 "the plant had passed a fire safety inspection by the Workplace Safety Authority in September"),
               e("the factory's sprinkler system had been switched off when crews arrived",
                 "kx-wendmoor-echo-sprinklers-h17",
                 "The sprinkler system at the Asterby paint factory where a worker died in an explosion on Monday night "
                 "had been switched off"),
               e("with its main valve closed", "kx-wendmoor-echo-sprinklers-h17",
                 "crews had found the system's main valve closed"),
               e("has described Corlan Coatings' safety record as “the best in the industry”",
                 "kx-ncn-corlan-marwood-h17", "the company's safety record is “second to none”", "relay", ["quote"]),
               e("One person died and seven were taken to hospital after the explosion late on Monday", _B17,
                 "One person has died and seven people have been taken to hospital after an explosion"),
               e("About 200 homes were evacuated overnight", _B17,
                 "about 120 homes within 400 metres of the site were evacuated overnight", "relay", ["number"])]},
    {"id": "kx-daily-blaze-asterby-h17", "outlet": "The Daily Blaze",
     "url": "https://dailyblaze.example/news/2026/11/18/factory-of-death-sprinklers-off",
     "date": "2026-11-18", "title": "FACTORY OF DEATH: Bosses switched off sprinklers before blast killed dad",
     "text": "A dad was killed when a paint factory blew up in a huge fireball — and its sprinklers had been switched "
             "OFF, fire chiefs revealed.\n\n"
             "Forklift driver Marek Doyle, 52, died as drums of solvent exploded for more than an hour at the Corlan "
             "Coatings plant in Asterby.\n\n"
             "Seven others were hurt.\n\n"
             "Cops say the blast was NOT deliberate.\n\n"
             "Fire boss Helen Stroud said: “My crews stopped this becoming a catastrophe.”\n\n"
             "More than 300 families were forced from their homes in the middle of the night, and residents were "
             "warned the toxic smoke was a danger to their health.\n\n"
             "Neighbour Dean Pollard said: “The sky went orange. I thought it was the end of the world.”",
     "edges": [e("its sprinklers had been switched OFF, fire chiefs revealed", "kx-wendmoor-echo-sprinklers-h17",
                 "The sprinkler system at the Asterby paint factory where a worker died in an explosion on Monday night "
                 "had been switched off", "relay", ["source", "headline"]),
               e("Forklift driver Marek Doyle, 52, died", "kx-wendmoor-echo-sprinklers-h17",
                 "The worker who died has been named locally as Marek Doyle, 52, a forklift driver", "relay",
                 ["attribution"]),
               e("drums of solvent exploded for more than an hour", _B17,
                 "with drums of solvent exploding inside the building for more than an hour", "relay",
                 ["attribution"]),
               e("Seven others were hurt", _B17, "seven people have been taken to hospital"),
               e("Cops say the blast was NOT deliberate", _B17,
                 "There is nothing at this stage to suggest that the explosion was started deliberately", "relay",
                 ["hedge"]),
               e("My crews stopped this becoming a catastrophe", _B17,
                 "Their work stopped the fire spreading to the neighbouring units", "relay", ["quote"]),
               e("More than 300 families were forced from their homes", _B17,
                 "about 120 homes within 400 metres of the site were evacuated overnight", "relay", ["number"]),
               e("residents were warned the toxic smoke was a danger to their health", _B17,
                 "Air quality monitoring has found no evidence of a risk to public health from the smoke", "relay",
                 ["stance"]),
               e("The sky went orange", "kx-tallis-asterby-h17",
                 "There was a bang that shook the whole house, then a second one, and the sky went orange", "relay",
                 ["quote"])]},
    {"id": "kx-coatings-week-asterby-h17", "outlet": "Coatings & Chemicals Week",
     "url": "https://coatingschemicalsweek.example/safety/2026/11/20/asterby-solvent-storage-spotlight",
     "date": "2026-11-20", "title": "Asterby explosion puts solvent storage back in the spotlight",
     "text": "An explosion at Corlan Coatings' plant in Asterby on 16 November killed one employee and injured seven "
             "other people.\n\n"
             "The blast began in the solvent storage area at the rear of the building, and drums of solvent continued "
             "to explode for more than an hour. Sixteen fire engines attended.\n\n"
             "The plant's sprinkler system was found switched off, with its main valve closed. The site had passed a "
             "Workplace Safety Authority fire inspection in September.\n\n"
             "The Workplace Safety Authority is investigating jointly with the police.\n\n"
             "Solvent stores are among the highest-risk areas in any coatings plant. The industry's own guidance, "
             "revised in 2023, calls for automatic suppression systems to be tested monthly and for isolation valves "
             "to be locked open.\n\n"
             "Corlan's largest competitor in the north, Verrin Paints, said it had ordered a review of solvent storage "
             "at its three plants.",
     "edges": [e("killed one employee and injured seven other people", _B17,
                 "One person has died and seven people have been taken to hospital", "pickup"),
               e("The blast began in the solvent storage area at the rear of the building", _B17,
                 "Initial indications suggest that it started in a solvent storage area at the rear of the building",
                 "pickup", ["hedge"]),
               e("drums of solvent continued to explode for more than an hour", _B17,
                 "with drums of solvent exploding inside the building for more than an hour", "pickup",
                 ["attribution"]),
               e("Sixteen fire engines attended", _B17, "14 fire engines and about 70 firefighters were at the scene",
                 "pickup", ["number"]),
               e("The plant's sprinkler system was found switched off, with its main valve closed",
                 "kx-wendmoor-echo-sprinklers-h17", "crews had found the system's main valve closed", "pickup",
                 ["attribution"]),
               e("The site had passed a Workplace Safety Authority fire inspection in September",
                 "kx-ncn-corlan-marwood-h17",
                 "the plant had passed a fire safety inspection by the Workplace Safety Authority in September",
                 "pickup", ["attribution"]),
               e("The Workplace Safety Authority is investigating jointly with the police", _B17,
                 "a joint investigation with the Workplace Safety Authority is under way", "pickup",
                 ["attribution"])]},
    {"id": "kx-ucaw-asterby-release-h17", "outlet": "United Chemical and Allied Workers",
     "url": "https://ucaw.example/news/2026/11/19/union-demands-answers-asterby-sprinklers",
     "date": "2026-11-19", "title": "Union demands answers over sprinklers at Asterby",
     "text": "UNITED CHEMICAL AND ALLIED WORKERS\nPress release\n19 November 2026\n\n"
             "The United Chemical and Allied Workers union today demanded a public inquiry into Monday's explosion at "
             "Corlan Coatings in Asterby, in which one of its members was killed.\n\n"
             "The fire service has said the factory's sprinkler system was switched off when firefighters arrived. "
             "Wendmoor Police have confirmed that the explosion started in the solvent store.\n\n"
             "Yet Corlan's managing director went on television to call the company's safety record “second to "
             "none”.\n\n"
             "Police say Corlan has refused to cooperate fully with the investigation, and the union has written to "
             "the Workplace Safety Authority asking it to seize the plant's maintenance records.\n\n"
             "“Our members have told us the sprinklers in that building had been switched off for weeks,” said the "
             "union's general secretary, Joanna Pettersen. “A man has died. We want to know who closed that valve, "
             "and why.”\n\n"
             "The union will hold a vigil outside the factory gates on Saturday at 11am.",
     "edges": [e("The fire service has said the factory's sprinkler system was switched off when firefighters arrived",
                 "kx-wendmoor-echo-sprinklers-h17",
                 "The sprinkler system at the Asterby paint factory where a worker died in an explosion on Monday night "
                 "had been switched off", "relay", ["source"]),
               e("Wendmoor Police have confirmed that the explosion started in the solvent store", _B17,
                 "Initial indications suggest that it started in a solvent storage area", "relay", ["hedge"]),
               e("call the company's safety record “second to none”", "kx-ncn-corlan-marwood-h17",
                 "the company's safety record is “second to none”"),
               e("Police say Corlan has refused to cooperate fully with the investigation", _B17,
                 "Corlan Coatings has told police that it is cooperating fully with the investigation", "relay",
                 ["stance"])]},
    {"id": "kx-tallis-orbury-warehouse-fire-h17", "outlet": "Tallis Wire",
     "url": "https://talliswire.example/news/2026/11/21/fire-destroys-orbury-furniture-warehouse",
     "date": "2026-11-21", "title": "Fire destroys furniture warehouse in Orbury, no injuries",
     "text": "ORBURY, Nov 21 (Tallis Wire) - A fire destroyed a furniture warehouse on the edge of Orbury early on "
             "Saturday, sending up a column of smoke visible for 20 kilometres.\n\n"
             "Nobody was hurt. About 45 firefighters from Wendmoor Fire and Rescue Service tackled the blaze, which "
             "broke out at about 4am at the Dalby Home depot on Quarry Lane.\n\n"
             "Station Manager Colm Rafferty said the building had been empty when the fire started. “The roof had "
             "already collapsed by the time the first crews got there,” he said.\n\n"
             "The cause is being investigated. Quarry Lane was expected to stay closed until Sunday.\n\n"
             "(Reporting by Ana Seferin; editing by Rob Kettering)",
     "edges": []},

    # the magazine investigation: a national paper, a wire story, a regional paper's sub-edited copy of the wire
    # story, a tabloid, a radio interview with the federation's president, a swimming blog relaying it (second hop), an
    # uncredited weekly roundup, a foreign paper's English edition, two distractors
    {"id": "kx-haldorf-chronicle-swim-h17", "outlet": "The Haldorf Chronicle",
     "url": "https://haldorfchronicle.example/sport/2026/11/24/swimming-federation-brother-in-law-contracts",
     "date": "2026-11-24", "title": "Swimming federation paid president's brother-in-law 1.6m without tender, magazine "
                                    "says",
     "text": "The Brevanian Swimming Federation paid 1.6 million euros to a company run by its president's "
             "brother-in-law without putting the work out to tender, according to an investigation by the sports "
             "magazine Fieldhouse.\n\n"
             "The magazine reports that the payments to Bluewater Events, owned by Erik Sandvold, appear to breach "
             "the federation's own rules on procurement.\n\n"
             "Fieldhouse also says that at least 14 complaints about the conduct of the national head coach were "
             "never passed to the federation's independent welfare officer.\n\n"
             "Freja Tollan, the 2022 European silver medallist, told the magazine that swimmers had been warned they "
             "would lose their places on the team if they complained.\n\n"
             "The federation's board was warned about the Bluewater contracts in 2023, a former board member told "
             "Fieldhouse.\n\n"
             "The federation, which receives about 8.4 million euros a year from the state, said it rejected any "
             "suggestion of wrongdoing.\n\n"
             "The federation's president, Lorens Aldberg, a former Olympic rower, was re-elected unopposed for a "
             "third term in June.",
     "edges": [e("paid 1.6 million euros to a company run by its president's brother-in-law without putting the work "
                 "out to tender", _S17,
                 "paid 1.6 million euros over four years to an events company run by its president's brother-in-law, "
                 "without putting the contracts out to tender"),
               e("the payments to Bluewater Events, owned by Erik Sandvold, appear to breach the federation's own "
                 "rules on procurement", _S17, "appear to breach the federation's own procurement rules"),
               e("at least 14 complaints about the conduct of the national head coach were never passed to the "
                 "federation's independent welfare officer", _S17,
                 "were never passed to the federation's independent welfare officer"),
               e("swimmers had been warned they would lose their places on the team if they complained", _S17,
                 "We were told that if we complained, we would lose our places on the team"),
               e("The federation's board was warned about the Bluewater contracts in 2023, a former board member told "
                 "Fieldhouse", _S17, "board members had been warned about the Bluewater contracts in 2023", "relay",
                 ["source"]),
               e("which receives about 8.4 million euros a year from the state", _S17,
                 "The federation receives about 8.4 million euros a year from the state"),
               e("said it rejected any suggestion of wrongdoing", _S17, "rejects any suggestion of wrongdoing")]},
    {"id": "kx-lanternwire-swim-h17", "outlet": "Lanternwire",
     "url": "https://lanternwire.example/sport/2026/11/24/brevania-ministry-to-review-swimming-federation-funding",
     "date": "2026-11-24", "title": "Brevania to review swimming federation funding after magazine report",
     "text": _H17_LANTERN_SWIM,
     "edges": [e("Brevania's sports ministry is to review the funding of the national swimming federation, the "
                 "magazine Fieldhouse reported", _S17, "could review the federation's funding", "relay", ["hedge"]),
               e("the federation had paid 1.6 million euros to a company run by its president's brother-in-law", _S17,
                 "paid 1.6 million euros over four years to an events company run by its president's brother-in-law"),
               e("The contracts with Bluewater Events were not put out to tender, the magazine said", _S17,
                 "without putting the contracts out to tender"),
               e("at least 14 complaints about the national team's head coach had not been passed to the federation's "
                 "independent welfare officer", _S17,
                 "were never passed to the federation's independent welfare officer"),
               e("all contracts had been approved by its board", _S17, "all contracts had been approved by its board"),
               e("rejects any suggestion of wrongdoing", _S17, "rejects any suggestion of wrongdoing")]},
    {"id": "kx-orbury-advertiser-swim-h17", "outlet": "The Orbury Advertiser",
     "url": "https://orburyadvertiser.example/sport/2026/11/25/swimming-federation-faces-funding-cut",
     "date": "2026-11-25", "title": "Swimming federation faces funding cut over family contracts",
     "text": "HALDORF (Lanternwire) - Brevania's sports ministry is to review the funding of the national swimming "
             "federation, the magazine Fieldhouse reported, after finding that the federation had paid 1.6 million "
             "euros to a company run by its president's brother-in-law.\n\n"
             "The contracts with Bluewater Events were not put out to tender, the magazine said.\n\n"
             "Fieldhouse also reported that at least 12 complaints about the national team's head coach had not been "
             "passed to the federation's welfare officer.\n\n"
             "The federation said it “rejects any suggestion of wrongdoing”.\n\n"
             "The Brevanian Olympic Committee said it would ask the federation for “a full account” of the "
             "contracts.\n\n"
             "Orbury Swimming Club, which has produced four national champions, said it was “deeply concerned” by the "
             "reports.",
     "edges": [e("Brevania's sports ministry is to review the funding of the national swimming federation",
                 "kx-lanternwire-swim-h17",
                 "Brevania's sports ministry is to review the funding of the national swimming federation", "copy",
                 ["headline"]),
               e("the federation had paid 1.6 million euros to a company run by its president's brother-in-law",
                 "kx-lanternwire-swim-h17",
                 "the federation had paid 1.6 million euros to a company run by its president's brother-in-law",
                 "copy"),
               e("The contracts with Bluewater Events were not put out to tender", "kx-lanternwire-swim-h17",
                 "The contracts with Bluewater Events were not put out to tender", "copy"),
               e("at least 12 complaints about the national team's head coach had not been passed to the federation's "
                 "welfare officer", "kx-lanternwire-swim-h17",
                 "at least 14 complaints about the national team's head coach had not been passed to the federation's "
                 "independent welfare officer", "copy", ["number"]),
               e("rejects any suggestion of wrongdoing", "kx-lanternwire-swim-h17",
                 "rejects any suggestion of wrongdoing", "copy"),
               e("would ask the federation for “a full account” of the contracts", "kx-lanternwire-swim-h17",
                 "would ask the federation for “a full account” of the contracts", "copy")]},
    {"id": "kx-daily-blaze-swim-h17", "outlet": "The Daily Blaze",
     "url": "https://dailyblaze.example/sport/2026/11/25/swim-boss-family-cash-scandal",
     "date": "2026-11-25", "title": "SWIM BOSS FAMILY CASH SCANDAL: Federation broke its own rules",
     "text": "Swimming chief Lorens Aldberg's federation handed 1.6 MILLION euros to his brother-in-law's firm — "
             "without a tender, the magazine Fieldhouse has revealed.\n\n"
             "Bosses at the Brevanian Swimming Federation broke their own rules on contracts, the probe found.\n\n"
             "Brother-in-law Erik Sandvold admitted he had discussed the deals with Aldberg.\n\n"
             "European medallist Freja Tollan said: “They told us to shut up or lose our places.”\n\n"
             "Coaches say the board was warned about the deals in 2023 and did nothing.\n\n"
             "The federation, which gets 8.4 million euros a year of taxpayers' money, denied any wrongdoing.\n\n"
             "Swim mum Carla Mendt, whose daughter trains in Haldorf, said: “We pay club fees every month. Where is "
             "that money going?”",
     "edges": [e("handed 1.6 MILLION euros to his brother-in-law's firm — without a tender", _S17,
                 "paid 1.6 million euros over four years to an events company run by its president's brother-in-law, "
                 "without putting the contracts out to tender"),
               e("broke their own rules on contracts, the probe found", _S17,
                 "appear to breach the federation's own procurement rules", "relay", ["hedge", "headline"]),
               e("Erik Sandvold admitted he had discussed the deals with Aldberg", _S17,
                 "he had never discussed the contracts with his brother-in-law", "relay", ["stance"]),
               e("They told us to shut up or lose our places", _S17,
                 "We were told that if we complained, we would lose our places on the team", "relay", ["quote"]),
               e("Coaches say the board was warned about the deals in 2023 and did nothing", _S17,
                 "board members had been warned about the Bluewater contracts in 2023 but had taken no action", "relay",
                 ["source"]),
               e("gets 8.4 million euros a year of taxpayers' money", _S17,
                 "The federation receives about 8.4 million euros a year from the state"),
               e("denied any wrongdoing", _S17, "rejects any suggestion of wrongdoing")]},
    {"id": "kx-rb1-aldberg-interview-h17", "outlet": "Radio Brevania One",
     "url": "https://rb1.example/sport/2026/11/25/aldberg-nothing-to-hide-going-nowhere",
     "date": "2026-11-25", "title": "Aldberg: 'I have nothing to hide and I am going nowhere'",
     "text": "The president of the Brevanian Swimming Federation, Lorens Aldberg, has said he will not resign over a "
             "magazine's report that the federation paid 1.6 million euros to his brother-in-law's company.\n\n"
             "Speaking on Radio Brevania One's Sport at Six on Wednesday, Mr Aldberg said he had “always left the "
             "room” when the board discussed Bluewater Events. “I have nothing to hide and I am going nowhere,” he "
             "said.\n\n"
             "He said the federation would commission an independent audit of all contracts signed since 2017 and "
             "publish the results in the spring.\n\n"
             "Fieldhouse reported on Tuesday that the contracts with Bluewater Events, which is run by Mr Aldberg's "
             "brother-in-law Erik Sandvold, had not been put out to tender.\n\n"
             "The magazine also reported that at least 14 complaints about the national head coach had never reached "
             "the federation's welfare officer. Mr Aldberg said he had been unaware of the complaints until Fieldhouse "
             "contacted the federation.\n\n"
             "The sports ministry has said it could review the federation's funding.",
     "edges": [e("the federation paid 1.6 million euros to his brother-in-law's company", _S17,
                 "paid 1.6 million euros over four years to an events company run by its president's brother-in-law"),
               e("the contracts with Bluewater Events, which is run by Mr Aldberg's brother-in-law Erik Sandvold, had "
                 "not been put out to tender", _S17, "without putting the contracts out to tender"),
               e("at least 14 complaints about the national head coach had never reached the federation's welfare "
                 "officer", _S17, "were never passed to the federation's independent welfare officer"),
               e("it could review the federation's funding", _S17, "could review the federation's funding")]},
    {"id": "kx-lane-nine-aldberg-h17", "outlet": "Lane Nine",
     "url": "https://lanenine.example/2026/11/26/aldberg-is-going-nowhere-thats-the-problem",
     "date": "2026-11-26", "title": "Aldberg is going nowhere. That's the problem.",
     "text": "Lorens Aldberg went on Radio Brevania One on Wednesday evening to explain himself. “I've got nothing to "
             "hide, and I'm not going anywhere,” was how he put it.\n\n"
             "He says he always left the room when the board discussed Bluewater Events, his brother-in-law's "
             "company. Fine. But Fieldhouse says the board was warned about those contracts in 2023, and nothing "
             "happened.\n\n"
             "He also promised an independent audit of every contract signed since 2017, with the results out in the "
             "spring. I'll believe it when I read it.\n\n"
             "And he says he knew nothing about the complaints against the head coach until the magazine called. At "
             "least 14 complaints, according to Fieldhouse, never reached the welfare officer.\n\n"
             "Swimmers told Fieldhouse they were threatened with losing their places on the team if they "
             "complained.\n\n"
             "I swam for the national team for six years. I have never written a post I wanted to write less than "
             "this one.",
     "edges": [e("I've got nothing to hide, and I'm not going anywhere", "kx-rb1-aldberg-interview-h17",
                 "I have nothing to hide and I am going nowhere", "relay", ["quote"]),
               e("He says he always left the room when the board discussed Bluewater Events",
                 "kx-rb1-aldberg-interview-h17",
                 "he had “always left the room” when the board discussed Bluewater Events"),
               e("Fieldhouse says the board was warned about those contracts in 2023, and nothing happened", _S17,
                 "board members had been warned about the Bluewater contracts in 2023 but had taken no action"),
               e("an independent audit of every contract signed since 2017, with the results out in the spring",
                 "kx-rb1-aldberg-interview-h17",
                 "would commission an independent audit of all contracts signed since 2017 and publish the results in "
                 "the spring"),
               e("he knew nothing about the complaints against the head coach until the magazine called",
                 "kx-rb1-aldberg-interview-h17",
                 "he had been unaware of the complaints until Fieldhouse contacted the federation"),
               e("At least 14 complaints, according to Fieldhouse, never reached the welfare officer", _S17,
                 "at least 14 complaints about the conduct of the national team's head coach, made by swimmers and "
                 "parents between 2022 and 2025, were never passed to the federation's independent welfare officer"),
               e("Swimmers told Fieldhouse they were threatened with losing their places on the team if they "
                 "complained", _S17, "We were told that if we complained, we would lose our places on the team",
                 "relay", ["source"])]},
    {"id": "kx-brevanian-review-week-in-sport-h17", "outlet": "The Brevanian Review",
     "url": "https://brevanianreview.example/sport/2026/11/28/the-week-in-sport",
     "date": "2026-11-28", "title": "The week in sport: swimming's bad week, and a velodrome at last",
     "text": "By Hedda Lorne\n\n"
             "Swimming had the kind of week no sport wants. Its federation paid 1.6 million euros to a company run by "
             "the president's brother-in-law, without a tender, in breach of its own procurement rules. The board was "
             "warned in 2023 and did nothing.\n\n"
             "At least 14 complaints about the national head coach never reached the welfare officer. The federation "
             "has not even bothered to deny wrongdoing.\n\n"
             "The state provides around 70 per cent of the federation's money, and the ministry will review the "
             "funding. It should.\n\n"
             "Elsewhere, the football league confirmed that next season will start a week later, on 8 August, to give "
             "players a longer summer break, and Haldorf's new velodrome finally opened, two years late and 30 per "
             "cent over budget.",
     "edges": [e("Its federation paid 1.6 million euros to a company run by the president's brother-in-law, without a "
                 "tender", _S17,
                 "paid 1.6 million euros over four years to an events company run by its president's brother-in-law, "
                 "without putting the contracts out to tender", "pickup"),
               e("in breach of its own procurement rules", _S17,
                 "appear to breach the federation's own procurement rules", "pickup", ["hedge"]),
               e("The board was warned in 2023 and did nothing", _S17,
                 "board members had been warned about the Bluewater contracts in 2023 but had taken no action",
                 "pickup", ["attribution"]),
               e("At least 14 complaints about the national head coach never reached the welfare officer", _S17,
                 "were never passed to the federation's independent welfare officer", "pickup"),
               e("The federation has not even bothered to deny wrongdoing", _S17,
                 "rejects any suggestion of wrongdoing", "pickup", ["stance"]),
               e("The state provides around 70 per cent of the federation's money", _S17,
                 "around 70 per cent of its income", "pickup"),
               e("the ministry will review the funding", _S17, "could review the federation's funding", "pickup",
                 ["hedge", "attribution"])]},
    {"id": "kx-skovby-avis-swim-h17", "outlet": "Skovby Avis (English edition)",
     "url": "https://skovbyavis.example/en/sport/2026/11/26/brevanian-swimming-federation-admits-complaints",
     "date": "2026-11-26", "title": "Brevanian swimming federation admits complaints were not passed on",
     "text": "HALDORF – The head of Brevania's swimming federation refuses to resign after the magazine Fieldhouse "
             "revealed that the federation paid 1.9 million euros to his brother-in-law's events company.\n\n"
             "“I have nothing to hide,” says Lorens Aldberg to Radio Brevania One.\n\n"
             "According to the federation's own rules, all contracts over 50,000 euros must be put out to tender.\n\n"
             "The federation has admitted that complaints about the national coach were not passed on to its welfare "
             "officer.\n\n"
             "Former swimmers say they were told they would lose their place on the team if they complained.\n\n"
             "The Brevanian Olympic Committee will ask the federation for a full account of the contracts before 9 "
             "December, writes the news agency Lanternwire.\n\n"
             "Bluewater Events has also organised the Skovby Open swimming meet for the past three years. The Skovby "
             "Swimming Union said on Wednesday that it would look again at the contract.\n\n"
             "Translated by Skovby Avis's English desk.",
     "edges": [e("refuses to resign", "kx-rb1-aldberg-interview-h17", "has said he will not resign"),
               e("the federation paid 1.9 million euros to his brother-in-law's events company", _S17,
                 "paid 1.6 million euros over four years to an events company run by its president's brother-in-law",
                 "relay", ["number"]),
               e("I have nothing to hide", "kx-rb1-aldberg-interview-h17",
                 "I have nothing to hide and I am going nowhere"),
               e("all contracts over 50,000 euros must be put out to tender", _S17,
                 "require any contract worth more than 50,000 euros to be tendered"),
               e("The federation has admitted that complaints about the national coach were not passed on to its "
                 "welfare officer", _S17,
                 "Complaints about coaches had been “handled in line with the procedures in force at the time”",
                 "relay", ["stance", "headline"]),
               e("Former swimmers say they were told they would lose their place on the team if they complained",
                 _S17, "We were told that if we complained, we would lose our places on the team", "relay",
                 ["source"]),
               e("will ask the federation for a full account of the contracts before 9 December, writes the news "
                 "agency Lanternwire", "kx-lanternwire-swim-h17",
                 "would ask the federation for “a full account” of the contracts before its next board meeting on "
                 "Dec. 9")]},
    {"id": "kx-lanternwire-shortcourse-h17", "outlet": "Lanternwire",
     "url": "https://lanternwire.example/sport/2026/11/22/halvorsen-breaks-400m-medley-record-orbury",
     "date": "2026-11-22", "title": "Halvorsen breaks national 400m medley record at short-course championships",
     "text": "ORBURY, Nov 22 (Lanternwire) - Lina Halvorsen broke the national short-course record in the women's 400 "
             "metres individual medley on Sunday, winning in 4 minutes 29.87 seconds at the Brevanian championships "
             "in Orbury.\n\n"
             "The 17-year-old from Sollerby took almost two seconds off the record set in 2019. “I didn't look at the "
             "clock until I touched the wall,” she said.\n\n"
             "Olympic finalist Jesper Vangen won the men's 100 metres freestyle in 46.92 seconds.\n\n"
             "The championships, the last before the European short-course meet in December, drew 412 swimmers from "
             "58 clubs.\n\n"
             "(Reporting by Nadia Oakshaw; editing by Sofie Frennby)",
     "edges": []},
    {"id": "kx-haldorf-chronicle-school-swimming-h17", "outlet": "The Haldorf Chronicle",
     "url": "https://haldorfchronicle.example/news/2026/11/27/12m-fund-school-swimming-lessons",
     "date": "2026-11-27", "title": "Ministry announces 12m fund for school swimming lessons",
     "text": "The sports ministry will spend 12 million euros over three years to make sure every child can swim 25 "
             "metres by the age of ten, the sports minister, Katrin Holmsted, said on Friday.\n\n"
             "About one in four children leave primary school unable to swim that far, according to a ministry survey "
             "published last year.\n\n"
             "The money will pay for lessons, and for transport to pools for schools in rural areas, where many "
             "pools have closed.\n\n"
             "“Learning to swim is not a luxury. It saves lives,” Ms Holmsted said.\n\n"
             "Swimming clubs will be able to apply for grants to run the lessons from March.",
     "edges": []},
]

_NI_FOG = ("MARROWDALE POLICE\nNews release\nUpdate: two dead after multi-vehicle collision on the M31 in fog\n"
           "18 November 2026, 4.30pm\n\n"
           "Two people have died and 23 others were taken to hospital after a collision involving 41 vehicles on the "
           "southbound M31 between junctions 14 and 15 near Tollerby this morning.\n\n"
           "Officers were called at 6.52am to reports of a collision in thick fog. Visibility at the time was estimated "
           "at less than 50 metres, and it is likely that the fog was a major factor, although the exact sequence of "
           "events has not yet been established.\n\n"
           "The two people who died were a man in his sixties, who was driving a silver estate car, and a woman in her "
           "thirties, who was a passenger in a van. Their families have been informed. Five of the injured are in a "
           "serious condition at Harnwick General Hospital.\n\n"
           "“This was a horrific scene, and our thoughts are with the families of the two people who lost their "
           "lives,” said Chief Superintendent Rachel Oduya. “Several drivers told us they came over the brow of the "
           "hill and simply could not see the traffic that had stopped in front of them. We need anyone with dashcam "
           "footage to send it to us.”\n\n"
           "Initial inquiries suggest that a lorry may have braked sharply after hitting debris in lane two, and that a "
           "number of vehicles behind it were unable to stop in time. Officers are keen to speak to the driver of a "
           "dark blue car which is believed to have left the scene before police arrived.\n\n"
           "There is no truth in reports on social media that the lorry driver has been arrested. No arrests have been "
           "made.\n\n"
           "An off-duty paramedic who was among the first at the scene, and who has asked not to be named, helped to "
           "treat casualties before ambulances arrived. Marrowdale Fire and Rescue Service said crews had freed nine "
           "people who were trapped in their vehicles.\n\n"
           "Roadways Agency said the overhead signs on that stretch had been set to display a 40mph limit and a fog "
           "warning from 5.40am.\n\n"
           "The southbound carriageway is expected to remain closed until at least 6am on Thursday while collision "
           "investigators work at the scene and the vehicles are recovered. The northbound carriageway reopened at "
           "1.15pm.\n\n"
           "Anyone who saw the collision, or who has dashcam footage, is asked to call 101 quoting log 214 of 18 "
           "November, or to upload footage through our online portal.")

_NI_CORV = ("CORVANTIS\nPress release\nCorvantis announces restructuring and discloses cybersecurity incident\n"
            "LINWICK, 24 November 2026\n\n"
            "Corvantis plc today announced a restructuring programme that will reduce its global workforce by about "
            "1,400 roles, or around 12 per cent, as it refocuses the business on its cloud payroll and workforce "
            "software.\n\n"
            "The company also disclosed that an unauthorised third party gained access to one of its customer support "
            "systems between 2 and 9 November. Based on the investigation to date, the data accessed may include the "
            "names, email addresses and phone numbers of up to 3.1 million users of its Paydesk app. Corvantis has "
            "found no evidence that passwords, bank details or payroll records were accessed.\n\n"
            "“These are difficult decisions, and they affect colleagues who have given a great deal to this company,” "
            "said chief executive Martin Hale. “We are simplifying Corvantis so that we can invest in the products our "
            "customers value most.”\n\n"
            "About 600 of the roles affected are in Linwick, where the company has its headquarters, and most of the "
            "rest are in its offices in Dunmore and Port Avery. The company expects the changes to be largely complete "
            "by the end of June 2027, subject to consultation with employee representatives.\n\n"
            "The restructuring is expected to deliver annual cost savings of about 210 million euros from 2028. "
            "Corvantis expects to record a one-off charge of between 140 million and 160 million euros, mostly for "
            "severance payments.\n\n"
            "The restructuring is not connected to the cybersecurity incident.\n\n"
            "“We detected the unusual activity on 9 November and shut off the attacker's access the same day,” said "
            "Priya Nandakumar, chief information security officer. “We are sorry that this happened, and we are "
            "contacting every affected user directly.”\n\n"
            "Corvantis has notified the Data Protection Office and is working with the cybersecurity firm Halvard "
            "Forensics, which is assisting with the investigation. The company believes the attack was probably "
            "carried out by a financially motivated criminal group, and it has not received any ransom demand.\n\n"
            "Users of the Paydesk app are advised to be alert to emails or calls that claim to come from Corvantis. "
            "The company will never ask users for their password.\n\n"
            "Corvantis will report its full-year results on 4 February 2027 and continues to expect revenue for 2026 "
            "of about 2.4 billion euros.\n\n"
            "About Corvantis\nCorvantis plc makes payroll, HR and workforce software for 38,000 employers and employs "
            "about 11,600 people in 14 countries. Media enquiries: press@corvantis.example")

_NI_KBC = ("EXCLUSIVE\nBy Daniel Okafor, Health Correspondent, KBC News\n\n"
           "A senior nurse at St Brannoc's Hospital in Sallowmere says patients have been left on trolleys in "
           "corridors for up to 50 hours, and that she believes at least two deaths this year may have been linked to "
           "delays in care.\n\n"
           "In an interview with KBC News, Joanne Mercer, a senior sister in the hospital's emergency department who "
           "has worked there for 14 years, said she had raised concerns with managers at least seven times since "
           "March but had been told to “manage the situation”.\n\n"
           "“There were nights when we had 38 patients in the corridor and four nurses to look after them. People "
           "were being given oxygen next to the fire exit. I went home and cried,” she said.\n\n"
           "Ms Mercer said she had decided to speak publicly after an 87-year-old woman died in a corridor in "
           "October, several hours after she was assessed as needing urgent treatment. She said she could not be sure "
           "the delay had caused the death, but that “nobody should die on a trolley in a corridor”.\n\n"
           "Two other nurses at the hospital, who asked not to be named because they feared losing their jobs, told "
           "KBC News that corridor care had become “normal” on most nights since the summer. One said staff had been "
           "discouraged from filing incident reports.\n\n"
           "Internal figures seen by KBC News show that 1,270 patients waited more than 12 hours in the emergency "
           "department in October, up from 410 in October last year.\n\n"
           "Sallowmere Hospitals Trust denied that staff had been discouraged from reporting incidents. In a "
           "statement, it said corridor care was “only ever used as a last resort at times of extreme pressure” and "
           "that both deaths were being investigated. “Patient safety is our highest priority, and we are grateful "
           "to staff who raise concerns,” said the trust's chief nurse, Helen Aske.\n\n"
           "The Care Quality Standards Board said it was aware of concerns about the emergency department and was "
           "“likely to carry out an inspection in the coming weeks”.\n\n"
           "“Corridor care is not safe care, and every emergency doctor knows it,” said Dr Ruth Kessel, "
           "vice-president of the Society for Emergency Medicine. The Nurses' Union said Ms Mercer's account was "
           "“sadly typical” of what its members were reporting across the country.\n\n"
           "Ms Mercer, who is on annual leave, said she expected to face disciplinary action for speaking out. The "
           "trust said no member of staff would be disciplined for raising concerns in good faith.")

_NI_LODE_FOG = ("TOLLERBY, Nov 18 (Lodestar) - Two people were killed and 23 taken to hospital after 41 vehicles "
                "collided in thick fog on the M31 motorway near Tollerby on Wednesday morning, police said.\n\n"
                "Visibility was less than 50 metres when the crash happened shortly before 7am, and fog was likely a "
                "major factor, Marrowdale Police said in a statement.\n\n"
                "A man in his sixties and a woman in her thirties died, and five people were seriously injured, police "
                "said.\n\n"
                "A lorry may have braked sharply after hitting debris, causing vehicles behind it to crash, according "
                "to police.\n\n"
                "“Several drivers told us they came over the brow of the hill and simply could not see the traffic "
                "that had stopped in front of them,” Chief Superintendent Rachel Oduya said.\n\n"
                "(Reporting by Ines Calloway; editing by Mark Dunleavy)")

_NI_LODE_CORV = ("LINWICK, Nov 24 (Lodestar) - Software company Corvantis said on Tuesday it would cut about 1,400 "
                 "jobs, or 12 per cent of its workforce, and disclosed that hackers may have stolen the personal "
                 "details of up to 3.1 million users of its Paydesk payroll app.\n\n"
                 "The data accessed between Nov. 2 and Nov. 9 may include names, email addresses and phone numbers, "
                 "but the company had found no evidence that passwords or bank details were taken, Corvantis said in "
                 "a statement.\n\n"
                 "The job cuts were not connected to the breach, the company said.\n\n"
                 "Shares in Corvantis fell 6.2 per cent by midday in Linwick.\n\n"
                 "The restructuring is expected to save about 210 million euros a year from 2028, and Corvantis will "
                 "take a one-off charge of up to 160 million euros, it said. About 600 of the jobs will go in Linwick, "
                 "where the company has its headquarters.\n\n"
                 "A source familiar with the investigation told Lodestar that the attackers had gained access using "
                 "the login details of a contractor working on the company's customer support desk. Corvantis "
                 "declined to comment on the source's account.\n\n"
                 "The Union of Technical Staff said it would fight any compulsory redundancies. “Our members are being "
                 "made to pay for management's mistakes,” said its national officer, Gary Lenton.\n\n"
                 "(Reporting by Tomas Reyes; editing by Ines Calloway)")

_NI_LODE_NURSE = ("SALLOWMERE, Nov 26 (Lodestar) - A senior nurse at St Brannoc's Hospital in Sallowmere has said "
                  "patients were left on trolleys in corridors for up to 50 hours and that two deaths this year may "
                  "have been linked to delays in care, in an interview with broadcaster KBC News.\n\n"
                  "Joanne Mercer, a senior sister in the emergency department, told KBC she had raised concerns with "
                  "managers at least seven times since March.\n\n"
                  "“There were nights when we had 38 patients in the corridor and four nurses to look after them,” "
                  "she said.\n\n"
                  "Two other nurses, who were not named, told the broadcaster that staff had been discouraged from "
                  "filing incident reports, a claim the hospital's trust denied.\n\n"
                  "Sallowmere Hospitals Trust said both deaths were being investigated.\n\n"
                  "Internal figures seen by KBC showed 1,270 patients waited more than 12 hours in the emergency "
                  "department in October, up from 410 a year earlier.\n\n"
                  "(Reporting by Ines Calloway; editing by Mark Dunleavy)")

_NI_M, _NI_C, _NI_K = ("marrowdale-police-m31-collision-h19", "corvantis-restructuring-breach-h19",
                       "kbc-st-brannocs-whistleblower-h19")
_NI_LF, _NI_LC, _NI_LN = "lodestar-m31-pileup-h19", "lodestar-corvantis-h19", "lodestar-st-brannocs-h19"
_NI_CORV_PARAS = _NI_CORV.split("\n\n")
_NI_LODE_NURSE_PARAS = _NI_LODE_NURSE.split("\n\n")
_NI_CA, _NI_CH = "canada-sensitive-document", "china-bandit-king-bribery"

HELD_OUT_19 = [
    # origins written for this set: a police force's statement on a motorway pile-up in fog (a chief superintendent,
    # an anonymous paramedic, the fire service and the roads agency, figures, a hedged cause, a denied arrest), a
    # software company's press release announcing job cuts and disclosing a data breach (a chief executive, a security
    # chief, the regulator and a forensics firm, figures, hedges, a denied link between the two) and a broadcaster's
    # exclusive interview with a hospital whistleblower nurse (anonymous colleagues, internal figures, a trust's denial,
    # its chief nurse, a regulator, a doctor, a union)
    {"id": _NI_M, "outlet": "Marrowdale Police",
     "url": "https://marrowdalepolice.example/news/2026/11/18/update-m31-collision-tollerby",
     "date": "2026-11-18", "title": "Update: two dead after multi-vehicle collision on the M31 in fog",
     "text": _NI_FOG, "edges": []},
    {"id": _NI_C, "outlet": "Corvantis",
     "url": "https://corvantis.example/newsroom/2026/11/24/restructuring-and-cybersecurity-incident",
     "date": "2026-11-24", "title": "Corvantis announces restructuring and discloses cybersecurity incident",
     "text": _NI_CORV, "edges": []},
    {"id": _NI_K, "outlet": "KBC News",
     "url": "https://kbc.example/news/health/2026/11/26/st-brannocs-nurse-corridor-care-exclusive",
     "date": "2026-11-26", "title": "Exclusive: nurse says patients left in hospital corridors for up to 50 hours",
     "text": _NI_KBC, "edges": []},

    # the pile-up: a wire story, the wire story republished whole by a regional paper, a broadcaster's web story with
    # its own witness, a national paper relaying the broadcaster's witness (second hop), a tabloid, an uncredited
    # trade page, a column, a local weekly relaying the regional paper's copy (second hop), a distractor
    {"id": _NI_LF, "outlet": "Lodestar",
     "url": "https://lodestar.example/world/2026/11/18/m31-fog-pileup-two-dead",
     "date": "2026-11-18", "title": "Two killed as 41 vehicles collide in fog on M31",
     "text": _NI_LODE_FOG,
     "edges": [e("Two people were killed and 23 taken to hospital after 41 vehicles collided in thick fog on the M31 "
                 "motorway near Tollerby on Wednesday morning", _NI_M,
                 "Two people have died and 23 others were taken to hospital after a collision involving 41 vehicles"),
               e("Visibility was less than 50 metres when the crash happened shortly before 7am", _NI_M,
                 "Visibility at the time was estimated at less than 50 metres", "relay", ["hedge"]),
               e("fog was likely a major factor", _NI_M, "it is likely that the fog was a major factor"),
               e("A man in his sixties and a woman in her thirties died", _NI_M,
                 "The two people who died were a man in his sixties, who was driving a silver estate car, and a woman "
                 "in her thirties"),
               e("five people were seriously injured", _NI_M,
                 "Five of the injured are in a serious condition at Harnwick General Hospital"),
               e("A lorry may have braked sharply after hitting debris, causing vehicles behind it to crash", _NI_M,
                 "a lorry may have braked sharply after hitting debris in lane two, and that a number of vehicles "
                 "behind it were unable to stop in time"),
               e("Several drivers told us they came over the brow of the hill and simply could not see the traffic "
                 "that had stopped in front of them", _NI_M,
                 "Several drivers told us they came over the brow of the hill and simply could not see the traffic "
                 "that had stopped in front of them")]},
    {"id": "harnwick-chronicle-m31-h19", "outlet": "Harnwick Chronicle",
     "url": "https://harnwickchronicle.example/news/2026/11/18/lorry-braked-debris-m31-pileup",
     "date": "2026-11-18", "title": "Lorry braked after hitting debris before fatal M31 pile-up",
     "text": _NI_LODE_FOG + "\n\nThis story was supplied by Lodestar.",
     "edges": [e("Two people were killed and 23 taken to hospital after 41 vehicles collided in thick fog on the M31 "
                 "motorway near Tollerby on Wednesday morning", _NI_LF,
                 "Two people were killed and 23 taken to hospital after 41 vehicles collided in thick fog on the M31 "
                 "motorway near Tollerby on Wednesday morning", "copy"),
               e("Visibility was less than 50 metres when the crash happened shortly before 7am", _NI_LF,
                 "Visibility was less than 50 metres when the crash happened shortly before 7am", "copy"),
               e("fog was likely a major factor", _NI_LF, "fog was likely a major factor", "copy"),
               e("A man in his sixties and a woman in her thirties died", _NI_LF,
                 "A man in his sixties and a woman in her thirties died", "copy"),
               e("five people were seriously injured", _NI_LF, "five people were seriously injured", "copy"),
               e("A lorry may have braked sharply after hitting debris, causing vehicles behind it to crash", _NI_LF,
                 "A lorry may have braked sharply after hitting debris, causing vehicles behind it to crash", "copy",
                 ["headline"]),
               e("Several drivers told us they came over the brow of the hill and simply could not see the traffic "
                 "that had stopped in front of them", _NI_LF,
                 "Several drivers told us they came over the brow of the hill and simply could not see the traffic "
                 "that had stopped in front of them", "copy")]},
    {"id": "kbc-news-m31-fog-h19", "outlet": "KBC News",
     "url": "https://kbc.example/news/marrowdale/2026/11/18/m31-fog-crash-two-dead",
     "date": "2026-11-18", "title": "M31 fog crash: two dead and 23 in hospital",
     "text": "Two people have died after more than 40 vehicles crashed in thick fog on the M31 near Tollerby, police "
             "have said.\n\n"
             "Twenty-three people were taken to hospital, five of them with serious injuries, Marrowdale Police "
             "said.\n\n"
             "Lorry driver Sean Pryce, who was travelling northbound, told KBC News he saw “car after car” disappear "
             "into the fog on the other carriageway. “You could hear the bangs one after another. It went on for about "
             "a minute,” he said.\n\n"
             "Police say they want to speak to the driver of a dark blue car that left the scene before officers "
             "arrived.\n\n"
             "Chief Superintendent Rachel Oduya described the scene as “horrific” and appealed for dashcam "
             "footage.\n\n"
             "Roadways Agency said fog warnings had been on the overhead signs since 5.40am, with the speed limit "
             "lowered to 40mph.\n\n"
             "An off-duty paramedic helped to treat the injured before ambulances arrived, police said.",
     "edges": [e("Two people have died after more than 40 vehicles crashed in thick fog on the M31 near Tollerby", _NI_M,
                 "Two people have died and 23 others were taken to hospital after a collision involving 41 vehicles",
                 "relay", ["number"]),
               e("Twenty-three people were taken to hospital, five of them with serious injuries", _NI_M,
                 "23 others were taken to hospital"),
               e("they want to speak to the driver of a dark blue car that left the scene before officers arrived",
                 _NI_M,
                 "Officers are keen to speak to the driver of a dark blue car which is believed to have left the scene "
                 "before police arrived", "relay", ["hedge"]),
               e("described the scene as “horrific”", _NI_M, "This was a horrific scene"),
               e("appealed for dashcam footage", _NI_M, "We need anyone with dashcam footage to send it to us"),
               e("fog warnings had been on the overhead signs since 5.40am, with the speed limit lowered to 40mph",
                 _NI_M,
                 "the overhead signs on that stretch had been set to display a 40mph limit and a fog warning from "
                 "5.40am"),
               e("An off-duty paramedic helped to treat the injured before ambulances arrived", _NI_M,
                 "helped to treat casualties before ambulances arrived")]},
    {"id": "northern-post-m31-fog-h19", "outlet": "The Northern Post",
     "url": "https://northernpost.example/news/2026/11/19/m31-pileup-calls-for-fog-detection",
     "date": "2026-11-19", "title": "M31 pile-up: calls for fog detection after two die",
     "text": "Ministers are facing calls to install fog detection systems on the M31 after two people died in a "
             "41-vehicle pile-up near Tollerby on Wednesday.\n\n"
             "Police said the crash happened in fog so thick that visibility was estimated at below 50 metres. Chief "
             "Superintendent Rachel Oduya said drivers had come over the brow of a hill and could not see stopped "
             "traffic ahead.\n\n"
             "A lorry driver travelling in the opposite direction told KBC News that he had watched “car after car” "
             "vanish into the fog.\n\n"
             "Overhead signs had shown a fog warning and a 40mph limit for more than an hour before the crash, "
             "Roadways Agency said.\n\n"
             "Police have denied reports that the lorry driver had been arrested.\n\n"
             "Five people remain in a serious condition in Harnwick General Hospital. The victims have been named "
             "locally as Derek Amsell, 64, from Tollerby, and Lucy Farrant, 33, from Harnwick.\n\n"
             "The Motorists' Alliance said the stretch between junctions 14 and 15 had seen three serious crashes in "
             "fog since 2019. “Signs that warn of fog are not enough if nobody slows down,” said its spokesman, Colin "
             "Tebbit.",
     "edges": [e("two people died in a 41-vehicle pile-up near Tollerby on Wednesday", _NI_M,
                 "Two people have died and 23 others were taken to hospital after a collision involving 41 vehicles",
                 "pickup"),
               e("visibility was estimated at below 50 metres", _NI_M,
                 "Visibility at the time was estimated at less than 50 metres"),
               e("drivers had come over the brow of a hill and could not see stopped traffic ahead", _NI_M,
                 "Several drivers told us they came over the brow of the hill and simply could not see the traffic "
                 "that had stopped in front of them"),
               e("he had watched “car after car” vanish into the fog", "kbc-news-m31-fog-h19",
                 "he saw “car after car” disappear into the fog on the other carriageway", "relay", ["source"]),
               e("Overhead signs had shown a fog warning and a 40mph limit for more than an hour before the crash",
                 _NI_M,
                 "the overhead signs on that stretch had been set to display a 40mph limit and a fog warning from "
                 "5.40am"),
               e("denied reports that the lorry driver had been arrested", _NI_M,
                 "There is no truth in reports on social media that the lorry driver has been arrested"),
               e("Five people remain in a serious condition in Harnwick General Hospital", _NI_M,
                 "Five of the injured are in a serious condition at Harnwick General Hospital", "pickup")]},
    {"id": "daily-blaze-m31-fog-h19", "outlet": "The Daily Blaze",
     "url": "https://dailyblaze.example/news/2026/11/19/fog-of-death-trucker-brake-slam",
     "date": "2026-11-19", "title": "FOG OF DEATH: Trucker's brake slam caused 50-car carnage",
     "text": "Cops believe a trucker slammed on his brakes after hitting debris, triggering a pile-up of 50 cars on "
             "the M31 that killed two people.\n\n"
             "Visibility was estimated at just 15 metres when the vehicles ploughed into each other in pea-souper fog "
             "near Tollerby, police said.\n\n"
             "Top cop Rachel Oduya said: “It was a horrific scene. People came over the hill and just couldn't see the "
             "cars that had stopped in front.”\n\n"
             "Cops are hunting the driver of a blue car that fled the scene before they arrived. They later confirmed "
             "the trucker had been arrested.\n\n"
             "Heroic firefighters cut nine people free from the tangled wreckage.\n\n"
             "Grandad Derek Amsell, 64, from Tollerby, was one of the two killed.\n\n"
             "Driver Mandy Coles, 45, who escaped with whiplash, said: “I thought I was going to die.”",
     "edges": [e("a trucker slammed on his brakes after hitting debris", _NI_M,
                 "a lorry may have braked sharply after hitting debris in lane two", "relay", ["headline"]),
               e("triggering a pile-up of 50 cars on the M31 that killed two people", _NI_M,
                 "a collision involving 41 vehicles", "relay", ["number"]),
               e("Visibility was estimated at just 15 metres", _NI_M,
                 "Visibility at the time was estimated at less than 50 metres", "relay", ["number"]),
               e("It was a horrific scene", _NI_M, "This was a horrific scene", "relay", ["quote"]),
               e("People came over the hill and just couldn't see the cars that had stopped in front", _NI_M,
                 "Several drivers told us they came over the brow of the hill and simply could not see the traffic "
                 "that had stopped in front of them", "relay", ["quote"]),
               e("Cops are hunting the driver of a blue car that fled the scene before they arrived", _NI_M,
                 "Officers are keen to speak to the driver of a dark blue car which is believed to have left the scene "
                 "before police arrived", "relay", ["hedge"]),
               e("the trucker had been arrested", _NI_M,
                 "There is no truth in reports on social media that the lorry driver has been arrested", "relay",
                 ["stance"]),
               e("Heroic firefighters cut nine people free from the tangled wreckage", _NI_M,
                 "Marrowdale Fire and Rescue Service said crews had freed nine people who were trapped in their "
                 "vehicles", "pickup", ["attribution"]),
               e("Grandad Derek Amsell, 64, from Tollerby, was one of the two killed", "northern-post-m31-fog-h19",
                 "The victims have been named locally as Derek Amsell, 64, from Tollerby", "pickup",
                 ["attribution"])]},
    {"id": "haulage-today-m31-h19", "outlet": "Haulage Today",
     "url": "https://haulagetoday.example/safety/2026/11/20/m31-pileup-fog-braking",
     "date": "2026-11-20", "title": "M31 pile-up puts fog braking back on the agenda",
     "text": "Hauliers are being urged to review their fog driving guidance after Wednesday's 41-vehicle pile-up on "
             "the M31 near Tollerby, in which two people died.\n\n"
             "The collision began when an HGV braked sharply after striking debris in lane two, and the vehicles "
             "behind it were unable to stop in time.\n\n"
             "Overhead signs had been showing a 40mph limit and a fog "
             "warning since 5.40am.\n\n"
             "Reports that the HGV driver had been arrested were wrong, police said.\n\n"
             "“Every driver knows the two-second rule. In fog it should be ten seconds, and it almost never is,” said "
             "Amy Rourke, safety director at the Freight Transport Council.\n\n"
             "About one in eight motorway collisions in fog involves an HGV, according to the council.",
     "edges": [e("Wednesday's 41-vehicle pile-up on the M31 near Tollerby, in which two people died", _NI_M,
                 "Two people have died and 23 others were taken to hospital after a collision involving 41 vehicles",
                 "pickup"),
               e("The collision began when an HGV braked sharply after striking debris in lane two, and the vehicles "
                 "behind it were unable to stop in time", _NI_M,
                 "Initial inquiries suggest that a lorry may have braked sharply after hitting debris in lane two, and "
                 "that a number of vehicles behind it were unable to stop in time", "pickup", ["hedge"]),
               e("Overhead signs had been showing a 40mph limit and a fog warning since 5.40am", _NI_M,
                 "Roadways Agency said the overhead signs on that stretch had been set to display a 40mph limit and a "
                 "fog warning from 5.40am", "pickup", ["attribution"]),
               e("Reports that the HGV driver had been arrested were wrong", _NI_M,
                 "There is no truth in reports on social media that the lorry driver has been arrested")]},
    {"id": "sunday-ledger-fog-column-h19", "outlet": "The Sunday Ledger",
     "url": "https://sundayledger.example/comment/2026/11/22/warning-signs-are-not-enough",
     "date": "2026-11-22", "title": "Warning signs are not enough to stop a pile-up",
     "text": "By Gwen Arkwright\n\n"
             "On Wednesday morning, 41 vehicles piled into each other on the M31 in fog so thick that drivers could "
             "barely see 50 metres ahead.\n\n"
             "The overhead signs had been warning of fog and showing 40mph since 5.40am. They made no difference.\n\n"
             "Drivers came over the brow of the hill and simply could not see the traffic stopped in front of them.\n\n"
             "The fog caused this crash, plain and simple, but so did the way we drive in it.\n\n"
             "That stretch between junctions 14 and 15 has seen three serious crashes in fog since 2019. How many more "
             "before it gets the fog detectors that other motorways have had for years?",
     "edges": [e("41 vehicles piled into each other on the M31", _NI_M,
                 "a collision involving 41 vehicles on the southbound M31", "pickup"),
               e("The overhead signs had been warning of fog and showing 40mph since 5.40am", _NI_M,
                 "Roadways Agency said the overhead signs on that stretch had been set to display a 40mph limit and a "
                 "fog warning from 5.40am", "pickup", ["attribution"]),
               e("Drivers came over the brow of the hill and simply could not see the traffic stopped in front of "
                 "them", _NI_M,
                 "Several drivers told us they came over the brow of the hill and simply could not see the traffic "
                 "that had stopped in front of them", "pickup", ["attribution"]),
               e("The fog caused this crash, plain and simple", _NI_M,
                 "it is likely that the fog was a major factor", "pickup", ["hedge"]),
               e("That stretch between junctions 14 and 15 has seen three serious crashes in fog since 2019",
                 "northern-post-m31-fog-h19",
                 "the stretch between junctions 14 and 15 had seen three serious crashes in fog since 2019", "pickup",
                 ["attribution"])]},
    {"id": "tollerby-advertiser-m31-h19", "outlet": "Tollerby Advertiser",
     "url": "https://tollerbyadvertiser.example/news/2026/11/20/we-heard-the-bangs-m31-crash",
     "date": "2026-11-20", "title": "'We heard the bangs from our kitchen': Tollerby shaken by M31 crash",
     "text": "Residents of Tollerby have described hearing Wednesday's crash on the M31 from their homes half a mile "
             "away.\n\n"
             "“It was bang, bang, bang, one after another, and then the sirens started,” said Elaine Costa, who lives "
             "on Mill Lane.\n\n"
             "Two people were killed and 23 taken to hospital after 41 vehicles collided in thick fog, the Harnwick "
             "Chronicle reported.\n\n"
             "Fog was likely a major factor, police have said. “Our thoughts are with the families of those who died,” "
             "Chief Superintendent Rachel Oduya said.\n\n"
             "Derek Amsell, 64, of Mill Lane, was one of the two people who died, his family confirmed to the "
             "Advertiser. He had been driving to work at a builders' merchant in Harnwick.\n\n"
             "Police are still trying to trace the driver of a dark blue car that is believed to have left the "
             "scene.\n\n"
             "The southbound carriageway reopened at 11am on Thursday.",
     "edges": [e("Two people were killed and 23 taken to hospital after 41 vehicles collided in thick fog",
                 "harnwick-chronicle-m31-h19",
                 "Two people were killed and 23 taken to hospital after 41 vehicles collided in thick fog"),
               e("Fog was likely a major factor", [_NI_LF, "harnwick-chronicle-m31-h19"],
                 "fog was likely a major factor"),
               e("Our thoughts are with the families of those who died", _NI_M,
                 "our thoughts are with the families of the two people who lost their lives", "relay", ["quote"]),
               e("trace the driver of a dark blue car that is believed to have left the scene", _NI_M,
                 "Officers are keen to speak to the driver of a dark blue car which is believed to have left the scene "
                 "before police arrived")]},
    {"id": "kbc-news-fog-warning-h19", "outlet": "KBC News",
     "url": "https://kbc.example/news/marrowdale/2026/11/24/fog-warning-marrowdale-harnwick",
     "date": "2026-11-24", "title": "Fog warning for Marrowdale and Harnwick as cold snap continues",
     "text": "A yellow warning for fog has been issued for Marrowdale, Harnwick and the Sallow valley from 9pm on "
             "Tuesday until 10am on Wednesday.\n\n"
             "The National Weather Service said visibility could fall below 100 metres in places, and that journeys "
             "were likely to take longer.\n\n"
             "Roadways Agency said it would have extra traffic officers on the M31 and the A62 overnight.\n\n"
             "“If you have to drive, slow down, use dipped headlights and leave much more space,” said the agency's "
             "regional director, Neil Barker.",
     "edges": []},

    # the job cuts and the breach: a newswire reprint of the release, a wire story with its own source, the wire story
    # sub-edited in a business paper, a trade site relaying the wire's source (second hop), a local paper relaying the
    # wire's union quote (second hop), a tabloid, an uncredited consumer column, a distractor
    {"id": "bizline-corvantis-release-h19", "outlet": "BizLine Newswire",
     "url": "https://bizline.example/releases/2026/11/24/corvantis-restructuring-cybersecurity-incident",
     "date": "2026-11-24", "title": "Corvantis announces restructuring and discloses cybersecurity incident",
     "text": "BizLine Newswire - Corporate news distribution\nSOURCE: Corvantis plc\n\n"
             + "\n\n".join(_NI_CORV_PARAS[i] for i in (1, 2, 8))
             + "\n\nView original content: corvantis.example/newsroom",
     "edges": [e("Corvantis plc today announced a restructuring programme that will reduce its global workforce by about "
                 "1,400 roles, or around 12 per cent", _NI_C,
                 "Corvantis plc today announced a restructuring programme that will reduce its global workforce by "
                 "about 1,400 roles, or around 12 per cent", "copy"),
               e("an unauthorised third party gained access to one of its customer support systems between 2 and 9 "
                 "November", _NI_C,
                 "an unauthorised third party gained access to one of its customer support systems between 2 and 9 "
                 "November", "copy"),
               e("the data accessed may include the names, email addresses and phone numbers of up to 3.1 million "
                 "users of its Paydesk app", _NI_C,
                 "the data accessed may include the names, email addresses and phone numbers of up to 3.1 million "
                 "users of its Paydesk app", "copy"),
               e("Corvantis has found no evidence that passwords, bank details or payroll records were accessed", _NI_C,
                 "Corvantis has found no evidence that passwords, bank details or payroll records were accessed",
                 "copy"),
               e("Corvantis has notified the Data Protection Office and is working with the cybersecurity firm "
                 "Halvard Forensics", _NI_C,
                 "Corvantis has notified the Data Protection Office and is working with the cybersecurity firm "
                 "Halvard Forensics", "copy"),
               e("The company believes the attack was probably carried out by a financially motivated criminal group, "
                 "and it has not received any ransom demand", _NI_C,
                 "The company believes the attack was probably carried out by a financially motivated criminal group, "
                 "and it has not received any ransom demand", "copy")]},
    {"id": _NI_LC, "outlet": "Lodestar",
     "url": "https://lodestar.example/business/2026/11/24/corvantis-job-cuts-paydesk-breach",
     "date": "2026-11-24", "title": "Corvantis to cut 1,400 jobs, says hackers may have taken Paydesk users' data",
     "text": _NI_LODE_CORV,
     "edges": [e("it would cut about 1,400 jobs, or 12 per cent of its workforce", _NI_C,
                 "reduce its global workforce by about 1,400 roles, or around 12 per cent"),
               e("hackers may have stolen the personal details of up to 3.1 million users of its Paydesk payroll app",
                 _NI_C,
                 "the data accessed may include the names, email addresses and phone numbers of up to 3.1 million "
                 "users of its Paydesk app"),
               e("The data accessed between Nov. 2 and Nov. 9 may include names, email addresses and phone numbers",
                 _NI_C, "the data accessed may include the names, email addresses and phone numbers"),
               e("the company had found no evidence that passwords or bank details were taken", _NI_C,
                 "Corvantis has found no evidence that passwords, bank details or payroll records were accessed"),
               e("The job cuts were not connected to the breach", _NI_C,
                 "The restructuring is not connected to the cybersecurity incident"),
               e("The restructuring is expected to save about 210 million euros a year from 2028", _NI_C,
                 "The restructuring is expected to deliver annual cost savings of about 210 million euros from 2028"),
               e("Corvantis will take a one-off charge of up to 160 million euros", _NI_C,
                 "Corvantis expects to record a one-off charge of between 140 million and 160 million euros", "relay",
                 ["number"]),
               e("About 600 of the jobs will go in Linwick", _NI_C, "About 600 of the roles affected are in Linwick")]},
    {"id": "linwick-business-daily-corvantis-h19", "outlet": "Linwick Business Daily",
     "url": "https://linwickbusinessdaily.example/tech/2026/11/25/corvantis-cuts-hackers-steal-data",
     "date": "2026-11-25", "title": "Corvantis to cut 1,400 jobs as hackers steal data of 3 million users",
     "text": "LINWICK (Lodestar) - Software group Corvantis will cut about 1,400 jobs, or 12 per cent of its workforce, "
             "and said hackers may have stolen the personal details of up to 3 million users of its Paydesk payroll "
             "app.\n\n"
             "The data accessed between Nov. 2 and Nov. 9 may include names, email addresses and phone numbers, but "
             "the company found no evidence that passwords or bank details were taken, it said.\n\n"
             "The job cuts were not connected to the breach, the company said.\n\n"
             "The restructuring is expected to save about 210 million euros a year from 2028.\n\n"
             "A source familiar with the investigation told Lodestar that the attackers used the login details of a "
             "contractor on the company's customer support desk.",
     "edges": [e("will cut about 1,400 jobs, or 12 per cent of its workforce", _NI_LC,
                 "it would cut about 1,400 jobs, or 12 per cent of its workforce", "copy"),
               e("hackers may have stolen the personal details of up to 3 million users of its Paydesk payroll app",
                 _NI_LC,
                 "hackers may have stolen the personal details of up to 3.1 million users of its Paydesk payroll app",
                 "copy", ["number", "headline"]),
               e("The data accessed between Nov. 2 and Nov. 9 may include names, email addresses and phone numbers",
                 _NI_LC,
                 "The data accessed between Nov. 2 and Nov. 9 may include names, email addresses and phone numbers",
                 "copy"),
               e("the company found no evidence that passwords or bank details were taken", _NI_LC,
                 "the company had found no evidence that passwords or bank details were taken", "copy"),
               e("The job cuts were not connected to the breach", _NI_LC,
                 "The job cuts were not connected to the breach", "copy"),
               e("The restructuring is expected to save about 210 million euros a year from 2028", _NI_LC,
                 "The restructuring is expected to save about 210 million euros a year from 2028", "copy"),
               e("the attackers used the login details of a contractor on the company's customer support desk", _NI_LC,
                 "the attackers had gained access using the login details of a contractor working on the company's "
                 "customer support desk", "copy")]},
    {"id": "stack-register-corvantis-h19", "outlet": "The Stack Register",
     "url": "https://stackregister.example/security/2026/11/25/corvantis-breach-contractor-login",
     "date": "2026-11-25", "title": "Corvantis breach: contractor login blamed as Paydesk users told to watch for phishing",
     "text": "Corvantis has confirmed that an intruder was inside one of its customer support systems for a week this "
             "month, and that the contact details of up to 3.1 million Paydesk users may have been exposed.\n\n"
             "According to Lodestar, which cited a source familiar with the investigation, the attacker got in with a "
             "contractor's login.\n\n"
             "Corvantis spotted the activity on 9 November and cut off access the same day, CISO Priya Nandakumar "
             "said.\n\n"
             "The company thinks a financially motivated criminal gang was probably behind the attack, and says no "
             "ransom has been demanded.\n\n"
             "Corvantis has not ruled out that payroll records were also taken, it said.\n\n"
             "“Support desks are the soft underbelly of every SaaS company. They have broad access and they are "
             "staffed by contractors,” said Tamsin Holt, a security researcher at Wrenfield University.\n\n"
             "Paydesk users should expect a wave of phishing emails that use the stolen details, she said.",
     "edges": [e("an intruder was inside one of its customer support systems for a week this month", _NI_C,
                 "an unauthorised third party gained access to one of its customer support systems between 2 and 9 "
                 "November"),
               e("the contact details of up to 3.1 million Paydesk users may have been exposed", _NI_C,
                 "the data accessed may include the names, email addresses and phone numbers of up to 3.1 million "
                 "users of its Paydesk app"),
               e("the attacker got in with a contractor's login", _NI_LC,
                 "the attackers had gained access using the login details of a contractor"),
               e("Corvantis spotted the activity on 9 November and cut off access the same day", _NI_C,
                 "We detected the unusual activity on 9 November and shut off the attacker's access the same day"),
               e("a financially motivated criminal gang was probably behind the attack, and says no ransom has been "
                 "demanded", _NI_C,
                 "The company believes the attack was probably carried out by a financially motivated criminal group, "
                 "and it has not received any ransom demand"),
               e("Corvantis has not ruled out that payroll records were also taken", _NI_C,
                 "Corvantis has found no evidence that passwords, bank details or payroll records were accessed",
                 "relay", ["stance"])]},
    {"id": "linwick-evening-star-corvantis-h19", "outlet": "Linwick Evening Star",
     "url": "https://linwickeveningstar.example/news/2026/11/24/600-corvantis-jobs-to-go",
     "date": "2026-11-24", "title": "600 Corvantis jobs to go in Linwick",
     "text": "Around 600 jobs are to go at Corvantis's headquarters in Linwick as the software company sheds about "
             "1,400 roles worldwide, the company announced today.\n\n"
             "The cuts will be complete by the end of June next year, Corvantis said.\n\n"
             "Chief executive Martin Hale said the decisions were “difficult” and affected colleagues “who have given "
             "so much to this company”.\n\n"
             "Gary Lenton, national officer of the Union of Technical Staff, told the news agency Lodestar that members "
             "were being “made to pay for management's mistakes”. The union has vowed to fight any compulsory "
             "redundancies.\n\n"
             "Shares in the company fell by 6 per cent on the day, Lodestar reported.\n\n"
             "Corvantis, which moved into its glass headquarters on Quay Street in 2019, employs about 2,900 people in "
             "the city.",
     "edges": [e("Around 600 jobs are to go at Corvantis's headquarters in Linwick", _NI_C,
                 "About 600 of the roles affected are in Linwick, where the company has its headquarters"),
               e("sheds about 1,400 roles worldwide", _NI_C, "reduce its global workforce by about 1,400 roles"),
               e("The cuts will be complete by the end of June next year", _NI_C,
                 "The company expects the changes to be largely complete by the end of June 2027, subject to "
                 "consultation with employee representatives", "relay", ["hedge"]),
               e("the decisions were “difficult” and affected colleagues “who have given so much to this company”",
                 _NI_C,
                 "These are difficult decisions, and they affect colleagues who have given a great deal to this "
                 "company", "relay", ["quote"]),
               e("members were being “made to pay for management's mistakes”", _NI_LC,
                 "Our members are being made to pay for management's mistakes"),
               e("The union has vowed to fight any compulsory redundancies", _NI_LC,
                 "The Union of Technical Staff said it would fight any compulsory redundancies"),
               e("Shares in the company fell by 6 per cent on the day", _NI_LC,
                 "Shares in Corvantis fell 6.2 per cent by midday in Linwick", "relay", ["number"])]},
    {"id": "daily-blaze-corvantis-h19", "outlet": "The Daily Blaze",
     "url": "https://dailyblaze.example/news/2026/11/25/hackers-raid-3-million-payslips",
     "date": "2026-11-25", "title": "HACKERS RAID 3 MILLION PAYSLIPS",
     "text": "Cyber crooks may have got their hands on the personal details of up to 3.1 million workers who use the "
             "Paydesk payroll app, bosses admitted yesterday.\n\n"
             "Bosses at software giant Corvantis also revealed they were axing 1,400 jobs.\n\n"
             "They insisted the sackings had nothing to do with the hack, and said bank details were safe.\n\n"
             "Security chief Priya Nandakumar grovelled: “We are really sorry this happened.”\n\n"
             "And Corvantis admitted the crooks had demanded a ransom.\n\n"
             "Users should watch out for fake emails and calls claiming to come from the firm, experts warned.\n\n"
             "Dad-of-three Lee Harker, 41, from Dunmore, said: “I only found out from the news. Nobody has told me a "
             "thing.”",
     "edges": [e("Cyber crooks may have got their hands on the personal details of up to 3.1 million workers who use "
                 "the Paydesk payroll app", _NI_C,
                 "the data accessed may include the names, email addresses and phone numbers of up to 3.1 million "
                 "users of its Paydesk app", "relay", ["headline"]),
               e("they were axing 1,400 jobs", _NI_C, "reduce its global workforce by about 1,400 roles"),
               e("the sackings had nothing to do with the hack", _NI_C,
                 "The restructuring is not connected to the cybersecurity incident"),
               e("bank details were safe", _NI_C,
                 "Corvantis has found no evidence that passwords, bank details or payroll records were accessed",
                 "relay", ["hedge"]),
               e("We are really sorry this happened", _NI_C, "We are sorry that this happened", "relay", ["quote"]),
               e("the crooks had demanded a ransom", _NI_C, "it has not received any ransom demand", "relay",
                 ["stance"]),
               e("Users should watch out for fake emails and calls claiming to come from the firm", _NI_C,
                 "Users of the Paydesk app are advised to be alert to emails or calls that claim to come from "
                 "Corvantis", "relay", ["source"])]},
    {"id": "sunday-ledger-paydesk-column-h19", "outlet": "The Sunday Ledger",
     "url": "https://sundayledger.example/money/2026/11/29/paydesk-users-details-criminals-hands",
     "date": "2026-11-29", "title": "Paydesk users: your details are in criminals' hands. Here's what to do",
     "text": "By Tom Okonedo, Consumer Champion\n\n"
             "If you use the Paydesk app to check your payslips, assume that your name, email address and phone "
             "number may now be in the hands of criminals.\n\n"
             "Up to 3.1 million people are affected. The break-in ran from 2 to 9 November, and passwords and bank "
             "details do not appear to have been taken.\n\n"
             "Corvantis will never ask for your password. Anyone who calls or emails claiming to be from the company "
             "and asks for it is a fraudster.\n\n"
             "Change your password anyway, and turn on two-step login if you have not already.\n\n"
             "And if you lose money to a scam that uses your leaked details, complain to your bank first and then to "
             "the Data Protection Office.",
     "edges": [e("your name, email address and phone number may now be in the hands of criminals", _NI_C,
                 "the data accessed may include the names, email addresses and phone numbers", "pickup",
                 ["headline"]),
               e("Up to 3.1 million people are affected", _NI_C, "up to 3.1 million users of its Paydesk app",
                 "pickup"),
               e("The break-in ran from 2 to 9 November", _NI_C,
                 "gained access to one of its customer support systems between 2 and 9 November", "pickup"),
               e("passwords and bank details do not appear to have been taken", _NI_C,
                 "Corvantis has found no evidence that passwords, bank details or payroll records were accessed",
                 "pickup"),
               e("Corvantis will never ask for your password", _NI_C,
                 "The company will never ask users for their password", "pickup")]},
    {"id": "stack-register-dpo-fine-h19", "outlet": "The Stack Register",
     "url": "https://stackregister.example/security/2026/11/27/fenmarket-fined-loyalty-card-breach",
     "date": "2026-11-27", "title": "Data Protection Office fines Fenmarket 4.5 million euros over loyalty card breach",
     "text": "The Data Protection Office has fined the supermarket chain Fenmarket 4.5 million euros after the personal "
             "details of 1.2 million loyalty card holders were exposed in a breach last year.\n\n"
             "The regulator said Fenmarket had failed to fix a known flaw in its website for more than five "
             "months.\n\n"
             "“Companies that hold millions of people's details have to treat security as a board-level duty,” said "
             "data protection commissioner Aileen Voss.\n\n"
             "Fenmarket said it accepted the findings and had since rebuilt its loyalty system. It is the largest fine "
             "the regulator has imposed this year.",
     "edges": []},

    # the whistleblower: a wire story relaying the broadcaster, the wire story trimmed in a regional paper, a national
    # paper with its own reaction, a local paper relaying the national paper (second hop), a tabloid, a nursing trade
    # weekly, a column, a distractor
    {"id": _NI_LN, "outlet": "Lodestar",
     "url": "https://lodestar.example/world/2026/11/26/nurse-corridor-care-st-brannocs",
     "date": "2026-11-26", "title": "Nurse says patients left in hospital corridors for up to 50 hours",
     "text": _NI_LODE_NURSE,
     "edges": [e("patients were left on trolleys in corridors for up to 50 hours", _NI_K,
                 "patients have been left on trolleys in corridors for up to 50 hours"),
               e("two deaths this year may have been linked to delays in care", _NI_K,
                 "she believes at least two deaths this year may have been linked to delays in care", "relay",
                 ["number"]),
               e("she had raised concerns with managers at least seven times since March", _NI_K,
                 "she had raised concerns with managers at least seven times since March"),
               e("There were nights when we had 38 patients in the corridor and four nurses to look after them", _NI_K,
                 "There were nights when we had 38 patients in the corridor and four nurses to look after them"),
               e("staff had been discouraged from filing incident reports", _NI_K,
                 "One said staff had been discouraged from filing incident reports", "relay", ["source"]),
               e("a claim the hospital's trust denied", _NI_K,
                 "Sallowmere Hospitals Trust denied that staff had been discouraged from reporting incidents"),
               e("both deaths were being investigated", _NI_K, "both deaths were being investigated"),
               e("1,270 patients waited more than 12 hours in the emergency department in October, up from 410 a year "
                 "earlier", _NI_K,
                 "1,270 patients waited more than 12 hours in the emergency department in October, up from 410 in "
                 "October last year")]},
    {"id": "westfold-gazette-st-brannocs-h19", "outlet": "The Westfold Gazette",
     "url": "https://westfoldgazette.example/news/2026/11/26/nurse-links-two-deaths-corridor-care",
     "date": "2026-11-26", "title": "Nurse links two deaths to hospital corridor care",
     "text": "\n\n".join(_NI_LODE_NURSE_PARAS[:4]) + "\n\n- Lodestar",
     "edges": [e("patients were left on trolleys in corridors for up to 50 hours", _NI_LN,
                 "patients were left on trolleys in corridors for up to 50 hours", "copy"),
               e("two deaths this year may have been linked to delays in care", _NI_LN,
                 "two deaths this year may have been linked to delays in care", "copy", ["headline"]),
               e("she had raised concerns with managers at least seven times since March", _NI_LN,
                 "she had raised concerns with managers at least seven times since March", "copy"),
               e("There were nights when we had 38 patients in the corridor and four nurses to look after them", _NI_LN,
                 "There were nights when we had 38 patients in the corridor and four nurses to look after them",
                 "copy"),
               e("staff had been discouraged from filing incident reports", _NI_LN,
                 "staff had been discouraged from filing incident reports", "copy"),
               e("a claim the hospital's trust denied", _NI_LN, "a claim the hospital's trust denied", "copy")]},
    {"id": "northern-post-st-brannocs-h19", "outlet": "The Northern Post",
     "url": "https://northernpost.example/health/2026/11/27/health-secretary-orders-review-st-brannocs",
     "date": "2026-11-27", "title": "Health secretary orders review after nurse's corridor care claims",
     "text": "The health secretary has ordered an urgent review of emergency care at St Brannoc's Hospital in "
             "Sallowmere after a senior nurse said patients were being left in corridors for up to two days.\n\n"
             "The claims, first reported by KBC News on Thursday, were made by Joanne Mercer, a sister in the "
             "hospital's emergency department for 14 years. She told the broadcaster that on some shifts 38 patients "
             "lay in the corridor with four nurses to care for them.\n\n"
             "Ms Mercer said managers had told her to “manage the situation” when she raised concerns.\n\n"
             "Health Secretary Alan Pryor said: “What has been described is completely unacceptable. I have asked "
             "for a full report by Christmas.”\n\n"
             "Sallowmere Hospitals Trust said both deaths were under investigation and that patient safety was its "
             "highest priority.\n\n"
             "The Care Quality Standards Board said it would inspect the emergency department in the coming weeks.\n\n"
             "“Corridor care is not safe care, and every doctor knows it,” said Dr Ruth Kessel of the Society for "
             "Emergency Medicine.",
     "edges": [e("patients were being left in corridors for up to two days", _NI_K,
                 "patients have been left on trolleys in corridors for up to 50 hours", "relay", ["number"]),
               e("on some shifts 38 patients lay in the corridor with four nurses to care for them", _NI_K,
                 "There were nights when we had 38 patients in the corridor and four nurses to look after them"),
               e("managers had told her to “manage the situation” when she raised concerns", _NI_K,
                 "said she had raised concerns with managers at least seven times since March but had been told to "
                 "“manage the situation”"),
               e("both deaths were under investigation", _NI_K, "both deaths were being investigated"),
               e("patient safety was its highest priority", _NI_K, "Patient safety is our highest priority", "relay",
                 ["source"]),
               e("it would inspect the emergency department in the coming weeks", _NI_K,
                 "was “likely to carry out an inspection in the coming weeks”", "relay", ["hedge"]),
               e("Corridor care is not safe care, and every doctor knows it", _NI_K,
                 "Corridor care is not safe care, and every emergency doctor knows it", "relay", ["quote"])]},
    {"id": "sallowmere-mercury-st-brannocs-h19", "outlet": "Sallowmere Mercury",
     "url": "https://sallowmeremercury.example/news/2026/11/27/minister-orders-review-st-brannocs-ae",
     "date": "2026-11-27", "title": "Minister orders review of St Brannoc's A&E",
     "text": "Health Secretary Alan Pryor has ordered a review of emergency care at St Brannoc's Hospital, the "
             "Northern Post reported, after one of the hospital's own nurses spoke out about patients being treated "
             "in corridors.\n\n"
             "Mr Pryor told the paper that what had been described was “completely unacceptable” and that he had asked "
             "for a full report by Christmas.\n\n"
             "A report by KBC News on Thursday quoted sister Joanne Mercer, who has worked in the emergency department "
             "for 14 years, as saying she expected to face disciplinary action for speaking out.\n\n"
             "The trust has said nobody will be disciplined for raising concerns in good faith.\n\n"
             "Sallowmere councillor Bev Hanley, who chairs the council's health scrutiny committee, said she would ask "
             "the trust's chief executive to appear before the committee in December.",
     "edges": [e("Health Secretary Alan Pryor has ordered a review of emergency care at St Brannoc's Hospital",
                 "northern-post-st-brannocs-h19",
                 "The health secretary has ordered an urgent review of emergency care at St Brannoc's Hospital"),
               e("what had been described was “completely unacceptable”", "northern-post-st-brannocs-h19",
                 "What has been described is completely unacceptable"),
               e("he had asked for a full report by Christmas", "northern-post-st-brannocs-h19",
                 "I have asked for a full report by Christmas"),
               e("she expected to face disciplinary action for speaking out", _NI_K,
                 "she expected to face disciplinary action for speaking out"),
               e("nobody will be disciplined for raising concerns in good faith", _NI_K,
                 "no member of staff would be disciplined for raising concerns in good faith")]},
    {"id": "daily-blaze-st-brannocs-h19", "outlet": "The Daily Blaze",
     "url": "https://dailyblaze.example/news/2026/11/27/corridor-of-death-nurse",
     "date": "2026-11-27", "title": "CORRIDOR OF DEATH: Nurse says neglect killed patients",
     "text": "Heartbroken nurse Joanne Mercer fears at least two patients may have died because of delays in their "
             "care.\n\n"
             "Patients have been left on trolleys for up to 50 HOURS, she told KBC News.\n\n"
             "One 87-year-old gran died in a corridor hours after medics said she needed urgent treatment, she said. "
             "Joanne is convinced the delay killed her.\n\n"
             "Joanne said: “Nobody should die on a trolley in a corridor. I went home and cried every night.”\n\n"
             "Hospital bosses admitted that nurses had been discouraged from filing incident reports.\n\n"
             "KBC's investigation found that 1,270 patients waited more than 12 hours in A&E in October.",
     "edges": [e("at least two patients may have died because of delays in their care", _NI_K,
                 "she believes at least two deaths this year may have been linked to delays in care", "relay",
                 ["headline"]),
               e("Patients have been left on trolleys for up to 50 HOURS", _NI_K,
                 "patients have been left on trolleys in corridors for up to 50 hours"),
               e("One 87-year-old gran died in a corridor hours after medics said she needed urgent treatment", _NI_K,
                 "an 87-year-old woman died in a corridor in October, several hours after she was assessed as needing "
                 "urgent treatment"),
               e("the delay killed her", _NI_K, "She said she could not be sure the delay had caused the death",
                 "relay", ["stance"]),
               e("Nobody should die on a trolley in a corridor", _NI_K, "nobody should die on a trolley in a corridor"),
               e("I went home and cried every night", _NI_K, "I went home and cried", "relay", ["quote"]),
               e("nurses had been discouraged from filing incident reports", _NI_K,
                 "Sallowmere Hospitals Trust denied that staff had been discouraged from reporting incidents", "relay",
                 ["stance"]),
               e("1,270 patients waited more than 12 hours in A&E in October", _NI_K,
                 "1,270 patients waited more than 12 hours in the emergency department in October", "relay",
                 ["source"])]},
    {"id": "nursing-practice-weekly-mercer-h19", "outlet": "Nursing Practice Weekly",
     "url": "https://nursingpracticeweekly.example/news/2026/11/30/sister-corridor-care-disciplinary",
     "date": "2026-11-30", "title": "Sister who spoke out on corridor care faces disciplinary action",
     "text": "A senior sister who went public about corridor care at St Brannoc's Hospital has said she expects to "
             "face disciplinary action, despite assurances from the trust.\n\n"
             "In an interview with KBC News, Joanne Mercer said she had raised concerns at least seven times since "
             "March and had been told to “manage the situation”.\n\n"
             "Corridor care has become normal on most nights at the hospital since the summer.\n\n"
             "The Nurses' Union described her account as “sadly typical” of what members were reporting.\n\n"
             "Almost 1,300 patients waited more than 12 hours in St Brannoc's emergency department in October, "
             "according to internal figures obtained by KBC.\n\n"
             "The trust said no member of staff would be disciplined for raising concerns in good faith. It has not "
             "denied that staff were discouraged from filing incident reports.\n\n"
             "Under the Professional Practice Code, nurses have a duty to raise concerns about patient safety, and "
             "employers must not penalise them for doing so.",
     "edges": [e("she expects to face disciplinary action", _NI_K,
                 "she expected to face disciplinary action for speaking out", "relay", ["headline"]),
               e("she had raised concerns at least seven times since March and had been told to “manage the "
                 "situation”", _NI_K,
                 "she had raised concerns with managers at least seven times since March but had been told to "
                 "“manage the situation”"),
               e("Corridor care has become normal on most nights at the hospital since the summer", _NI_K,
                 "corridor care had become “normal” on most nights since the summer", "pickup", ["attribution"]),
               e("described her account as “sadly typical” of what members were reporting", _NI_K,
                 "Ms Mercer's account was “sadly typical” of what its members were reporting across the country"),
               e("Almost 1,300 patients waited more than 12 hours in St Brannoc's emergency department in October",
                 _NI_K, "1,270 patients waited more than 12 hours in the emergency department in October", "relay",
                 ["number"]),
               e("no member of staff would be disciplined for raising concerns in good faith", _NI_K,
                 "no member of staff would be disciplined for raising concerns in good faith"),
               e("It has not denied that staff were discouraged from filing incident reports", _NI_K,
                 "Sallowmere Hospitals Trust denied that staff had been discouraged from reporting incidents",
                 "relay", ["stance"])]},
    {"id": "sunday-ledger-corridor-column-h19", "outlet": "The Sunday Ledger",
     "url": "https://sundayledger.example/comment/2026/11/29/a-nurse-told-the-truth",
     "date": "2026-11-29", "title": "A nurse told the truth. Now listen to her",
     "text": "By Gwen Arkwright\n\n"
             "At St Brannoc's Hospital in Sallowmere, patients have been lying on trolleys in corridors for up to 50 "
             "hours.\n\n"
             "On some nights there were 38 patients in the corridor and four nurses to look after them. An "
             "87-year-old woman died in a corridor in October.\n\n"
             "The trust says corridor care is only ever a last resort. Its own figures say otherwise: 1,270 people "
             "waited more than 12 hours in October, three times as many as a year before.\n\n"
             "Corridor care is not safe care, as every emergency doctor knows.\n\n"
             "Joanne Mercer did what nurses are told to do. She should be thanked, not threatened.",
     "edges": [e("patients have been lying on trolleys in corridors for up to 50 hours", _NI_K,
                 "patients have been left on trolleys in corridors for up to 50 hours", "pickup", ["attribution"]),
               e("On some nights there were 38 patients in the corridor and four nurses to look after them", _NI_K,
                 "There were nights when we had 38 patients in the corridor and four nurses to look after them",
                 "pickup", ["attribution"]),
               e("An 87-year-old woman died in a corridor in October", _NI_K,
                 "an 87-year-old woman died in a corridor in October", "pickup"),
               e("corridor care is only ever a last resort", _NI_K,
                 "corridor care was “only ever used as a last resort at times of extreme pressure”"),
               e("1,270 people waited more than 12 hours in October", _NI_K,
                 "1,270 patients waited more than 12 hours in the emergency department in October"),
               e("Corridor care is not safe care, as every emergency doctor knows", _NI_K,
                 "Corridor care is not safe care, and every emergency doctor knows it", "pickup", ["attribution"])]},
    {"id": "sallowmere-mercury-maternity-h19", "outlet": "Sallowmere Mercury",
     "url": "https://sallowmeremercury.example/news/2026/11/20/st-brannocs-new-maternity-unit",
     "date": "2026-11-20", "title": "St Brannoc's opens 12 million euro maternity unit",
     "text": "A new 12 million euro maternity unit has opened at St Brannoc's Hospital, with 24 single rooms and a "
             "birth centre run by midwives.\n\n"
             "Sallowmere Hospitals Trust said the unit would allow it to handle about 4,200 births a year, up from "
             "3,500.\n\n"
             "“Families in Sallowmere deserve a modern, welcoming place to have their babies, and now they have one,” "
             "said the trust's chief executive, Martin Ellery.\n\n"
             "The old maternity wing, built in 1968, will be turned into outpatient clinics.",
     "edges": []},

    # dev set origins retold: the found document in a local paper and a tabloid; the 'Bandit King' sentence in a Hong
    # Kong paper and a Canadian paper relaying it (second hop)
    {"id": "kanata-courier-document-h19", "outlet": "Kanata Courier",
     "url": "https://kanatacourier.example/news/2008/08/16/secret-environment-file-found-kanata-street",
     "date": "2008-08-16", "title": "Secret environment file found on Kanata street",
     "text": "A 130-page Environment Canada document was found lying in the rain on Castlefrank Road in Kanata by a "
             "passer-by, who handed it to the CBC, it was reported Friday.\n\n"
             "The document, stamped Protected B, detailed security weaknesses in the NEMISIS database that "
             "enforcement officers use to track and prosecute polluters, according to the CBC.\n\n"
             "Environment Minister John Baird said he had been told the papers were neither classified nor secret and "
             "could be obtained under access to information.\n\n"
             "Environment Canada told CBC News the department would look into how the papers ended up on the "
             "road.\n\n"
             "Ottawa New Democrat MP Paul Dewar said the government was “so consumed with control of information and "
             "secrecy” that it could not get “the fundamentals right”.\n\n"
             "Residents said the road is used by hundreds of commuters every morning.",
     "edges": [e("A 130-page Environment Canada document was found lying in the rain on Castlefrank Road in Kanata by a "
                 "passer-by", _NI_CA,
                 "The 131-page document was found on Castlefrank Road in Kanata, Ontario in a rain-stained, "
                 "tire-marked brown envelope by a passerby", "relay", ["number"]),
               e("detailed security weaknesses in the NEMISIS database that enforcement officers use to track and "
                 "prosecute polluters", _NI_CA,
                 "detailed various security vulnerabilities of the NEMISIS database which is used by officers to track "
                 "and prosecute environmental law-breakers"),
               e("he had been told the papers were neither classified nor secret and could be obtained under access to "
                 "information", _NI_CA, "that it's neither classified nor secret"),
               e("the department would look into how the papers ended up on the road", _NI_CA,
                 "Environment Canada spokeswoman Sujata Raisinghani told CBC News the department will look into the "
                 "incident", "relay", ["source"]),
               e("the government was “so consumed with control of information and secrecy” that it could not get “the "
                 "fundamentals right”", _NI_CA,
                 "This government is so consumed with control of information and secrecy yet they don't seem to be "
                 "able to get the fundamentals right")]},
    {"id": "capital-sun-document-h19", "outlet": "The Capital Sun",
     "url": "https://capitalsun.example/news/2008/08/16/top-secret-file-dumped-in-street",
     "date": "2008-08-16", "title": "TOP SECRET FILE DUMPED IN STREET",
     "text": "A sensitive government file detailing holes in a database used to catch polluters was found soaking wet "
             "in the street in Kanata.\n\n"
             "Crooks who hacked into the system could have wiped records and wrecked prosecutions, the file "
             "warned.\n\n"
             "Environment Minister John Baird admitted the papers were secret.\n\n"
             "But NDP MP Paul Dewar blasted: “This government is obsessed with secrecy but can't get the basics "
             "right.”\n\n"
             "It is the latest in a string of blunders. In March, blueprints for a new counterterrorism headquarters "
             "were found stuffed in a bin on a downtown street.",
     "edges": [e("A sensitive government file detailing holes in a database used to catch polluters was found soaking "
                 "wet in the street in Kanata", _NI_CA,
                 "A sensitive Environment Canada document was found wet on an Ottawa street", "pickup", ["headline"]),
               e("Crooks who hacked into the system could have wiped records and wrecked prosecutions", _NI_CA,
                 "If someone were able to shut the system down, or hack inside and delete or corrupt the information, "
                 "it could affect the prosecution of the lawbreakers"),
               e("the papers were secret", _NI_CA, "that it's neither classified nor secret", "relay", ["stance"]),
               e("This government is obsessed with secrecy but can't get the basics right", _NI_CA,
                 "This government is so consumed with control of information and secrecy yet they don't seem to be "
                 "able to get the fundamentals right", "relay", ["quote"]),
               e("In March, blueprints for a new counterterrorism headquarters were found stuffed in a bin on a "
                 "downtown street", _NI_CA,
                 "In March, a bundle of blueprints for a new headquarters for the military's counterterrorism unit "
                 "were found stuffed in the trash on a downtown street", "pickup")]},
    {"id": "harbourside-post-lai-h19", "outlet": "The Harbourside Post",
     "url": "https://harbourside.example/china/2012/05/19/bandit-king-lai-changxing-life-sentence",
     "date": "2012-05-19", "title": "'Bandit King' jailed for life for China's worst economic crime",
     "text": "Lai Changxing, the smuggling tycoon dubbed the Bandit King, has been sentenced to life in prison for "
             "smuggling and bribery, Chinese state media reported on Friday.\n\n"
             "The court said the sums involved were “unusually large” and the details “extraordinarily serious”.\n\n"
             "Lai paid 64 officials almost £4 million in bribes, according to prosecutors.\n\n"
             "Lai fled to Canada via Hong Kong in 1999 and was extradited last year after Beijing promised he would "
             "not be executed.\n\n"
             "He denied corruption at his trial but admitted exploiting loopholes to avoid import duty.\n\n"
             "The People's Daily has called the case the most serious economic crime in modern Chinese history.\n\n"
             "Lai's Yuanhua Group was once one of the biggest private companies in Fujian province.",
     "edges": [e("Lai Changxing, the smuggling tycoon dubbed the Bandit King, has been sentenced to life in prison for "
                 "smuggling and bribery", _NI_CH,
                 "Lai Changxing, dubbed the Bandit King, has been given a life sentence for years of smuggling and "
                 "corruption"),
               e("the sums involved were “unusually large” and the details “extraordinarily serious”", _NI_CH,
                 "the sums involved are unusually large, and the details are extraordinarily serious"),
               e("Lai paid 64 officials almost £4 million in bribes", _NI_CH,
                 "He paid 64 local officials a total of almost £4 million in bribes", "relay", ["source"]),
               e("Lai fled to Canada via Hong Kong in 1999", _NI_CH,
                 "He fled China after becoming a wanted man in 1999 and went to Canada via Hong Kong", "pickup"),
               e("was extradited last year after Beijing promised he would not be executed", _NI_CH,
                 "Twelve years of negotiations ended with a Chinese promise Lai would be spared the death penalty, and "
                 "Canada extradited him last year", "pickup"),
               e("He denied corruption at his trial but admitted exploiting loopholes to avoid import duty", _NI_CH,
                 "Lai had denied corruption at his trial, although he accepted exploiting loopholes to avoid import "
                 "duty"),
               e("The People's Daily has called the case the most serious economic crime in modern Chinese history",
                 _NI_CH,
                 "National newspaper The People's Daily has suggested it is the most serious economic crime in modern "
                 "Chinese history", "relay", ["hedge", "headline"])]},
    {"id": "fraser-tribune-lai-h19", "outlet": "The Fraser Valley Tribune",
     "url": "https://fraservalleytribune.example/world/2012/05/20/lai-changxing-life-not-death",
     "date": "2012-05-20", "title": "Smuggler Canada sent back to China gets life, not death",
     "text": "Lai Changxing, the fugitive businessman Canada sent back to China last year, has been jailed for life, "
             "the Harbourside Post reported.\n\n"
             "Chinese officials had promised Ottawa that Lai would not face the death penalty.\n\n"
             "Lai admitted corruption at his trial, the paper said.\n\n"
             "Premier Zhu Rongji once said that “even executing Lai three times would not be too much”.\n\n"
             "Chinese prosecutors told the Xinhua news agency that the crimes involved “massive sums and particularly "
             "serious circumstances”.\n\n"
             "Hundreds of officials have been convicted in the case, and hundreds more remain.\n\n"
             "Lai spent more than a decade in Vancouver fighting deportation, arguing that he would be tortured or "
             "executed if he were sent back.",
     "edges": [e("Lai Changxing, the fugitive businessman Canada sent back to China last year, has been jailed for life",
                 "harbourside-post-lai-h19",
                 "Lai Changxing, the smuggling tycoon dubbed the Bandit King, has been sentenced to life in prison"),
               e("Chinese officials had promised Ottawa that Lai would not face the death penalty",
                 "harbourside-post-lai-h19", "Beijing promised he would not be executed", "pickup"),
               e("Lai admitted corruption at his trial", "harbourside-post-lai-h19",
                 "He denied corruption at his trial", "relay", ["stance"]),
               e("even executing Lai three times would not be too much", _NI_CH,
                 "If Lai was executed three times over, it would not be too much", "relay", ["quote"]),
               e("the crimes involved “massive sums and particularly serious circumstances”", _NI_CH,
                 "The crimes involve massive sums and particularly serious circumstances", "relay", ["source"]),
               e("Hundreds of officials have been convicted in the case, and hundreds more remain", _NI_CH,
                 "Hundreds of officials have been convicted and it is estimated hundreds more remain", "pickup",
                 ["hedge"])]},
]


SEED = [  # the seed's own chain: its NBC News and OkeyNews sources are seed_sources.jsonl
    e("Iran likely did not greenlight the attack", "nbc", "Iran likely did not greenlight the attack"),
    e("the attack was likely not sanctioned by Iran", "nbc", "the attack was likely not sanctioned by Iran"),
    e("the Iranian government does not have much control", "nbc", "the Iranian government does not have much control"),
    e("It is fair to say that Iran has not had as much control", "nbc",
      "It is fair to say that Iran has not had as much control"),
    e("the attack was carried out by Iranian-backed Shiite militias", "okeynews",
      "the attack was carried out by Iranian-backed Shiite militias"),
    e("the drones used in the attack resemble those", "nbc", "The drones used in the attack resemble those"),
]

if __name__ == "__main__":
    out = Path(__file__).with_name("chains.json")
    out.write_text(json.dumps({"articles": ARTICLES, "held_out": HELD_OUT, "held_out_2": HELD_OUT_2,
                               "held_out_3": HELD_OUT_3, "held_out_4": HELD_OUT_4, "held_out_5": HELD_OUT_5,
                               "held_out_6": HELD_OUT_6, "held_out_7": HELD_OUT_7,
                               "held_out_8": HELD_OUT_8, "held_out_9": HELD_OUT_9,
                               "held_out_10": HELD_OUT_10, "held_out_11": HELD_OUT_11,
                               "held_out_12": HELD_OUT_12,
                               "held_out_13": HELD_OUT_13, "held_out_14": HELD_OUT_14,
                               "held_out_15": HELD_OUT_15, "held_out_16": HELD_OUT_16,
                               "held_out_17": HELD_OUT_17, "held_out_19": HELD_OUT_19,
                               "seed": SEED},
                              ensure_ascii=False, indent=1) + "\n")
    print(f"wrote {out}")
