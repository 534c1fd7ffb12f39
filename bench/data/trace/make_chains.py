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
                 "about 25 staff members of the Baghdad Provincial Council", "pickup")]},
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
                 "the Mahdi Army was not the target of the offensive", "pickup", ["stance"])]},
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
                 "The bombing of Pan Am Flight 103 from London to New York resulted in 270 fatalities", "pickup"),
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
               e("Ground-level ozone does more harm to plants", ["ozone-warming-crops", "science-digest"],
                 "ground-level ozone causes more damage to plants", "pickup", ["attribution"])]},
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
                 "it is the most serious economic crime in modern Chinese history", "pickup", ["attribution"])]},
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
    out.write_text(json.dumps({"articles": ARTICLES, "held_out": HELD_OUT, "seed": SEED}, ensure_ascii=False,
                              indent=1) + "\n")
    print(f"wrote {out}")
