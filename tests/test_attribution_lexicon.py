"""Every entry of the attribution word lists (src/sourcetrace/attribution/data/) is covered by a sentence
that needs it.

The sentences are written for these tests. For each list the test first checks that the sentences cover
exactly the list's entries (an added word needs its sentence, a removed one loses it), then that each
sentence gives what the entry is there for: a cue, a source kind, a medium, a hedge, or nothing at all.
"""
from __future__ import annotations

import pytest

from sourcetrace.attribution import lexicon
from sourcetrace.models import Article

# ---------------------------------------------------------------- cue verbs: entry -> (sentence, cue as written)
CLAUSE_VERB_SENTENCES = {
    "accuse": ("The union accused the owners of hiding the losses.", "accused"),
    "acknowledge": ("The minister acknowledged that the figures were wrong.", "acknowledged"),
    "add": ("The mayor added that the road would reopen in May.", "added"),
    "boast": ("The union leader boasted that members had run out of patience.", "boasted"),
    "joke": ("The minister joked that the budget was balanced on paper.", "joked"),
    "fume": ("The coach fumed that the referee had cost his side the match.", "fumed"),
    "lament": ("The farmer lamented that the harvest had failed.", "lamented"),
    "quip": ("The coach quipped that his players needed a holiday.", "quipped"),
    "admit": ("The coach admitted that the team had played badly.", "admitted"),
    "advise": ("Doctors advised that residents stay indoors.", "advised"),
    "agree": ("The judge agreed that the evidence was thin.", "agreed"),
    "allege": ("The lawsuit alleges that the firm hid the defects.", "alleges"),
    "announce": ("The council announced that the library would close.", "announced"),
    "argue": ("Economists argued that the tax would raise little money.", "argued"),
    "answer": ("“We will rebuild it,” the mayor answered.", "answered"),
    "ask": ("A reporter asked whether the port would reopen.", "asked"),
    "assert": ("The lawyer asserted that his client was abroad.", "asserted"),
    "assure": ("The pilot assured passengers that the delay would be short.", "assured"),
    "blame": ("The governor blamed the drought for the fires.", "blamed"),
    "caution": ("Doctors cautioned that the virus was still spreading.", "cautioned"),
    "claim": ("The rebels claimed that they controlled the airport.", "claimed"),
    "comment": ("The chairman commented that sales had never been better.", "commented"),
    "complain": ("Residents complained that the water tasted of metal.", "complained"),
    "concede": ("The senator conceded that the bill would fail.", "conceded"),
    "conclude": ("The inspectors concluded that the bridge was unsafe.", "concluded"),
    "condemn": ("The bishop condemned the attack on the mosque.", "condemned"),
    "confirm": ("The club confirmed that the striker had left.", "confirmed"),
    "contend": ("Critics contend that the plan favours the rich.", "contend"),
    "continue": ("“We like the plan,” the mayor continued. “It is fine for all of us.”", "continued"),
    "counter": ("The mayor countered that crime had fallen.", "countered"),
    "criticise": ("The report criticised the handling of the flood.", "criticised"),
    "criticize": ("The senator criticized the decision to close the base.", "criticized"),
    "declare": ("The general declared that the war was over.", "declared"),
    "deny": ("The company denied that it had paid the bribe.", "denied"),
    "describe": ("The witness described the driver as a tall man in a red coat.", "described"),
    "disagree": ("The treasurer disagreed that the fund was short.", "disagreed"),
    "disclose": ("The bank disclosed that it had lost two billion dollars.", "disclosed"),
    "dismiss": ("The minister dismissed the allegations of fraud.", "dismissed"),
    "dispute": ("The farmers disputed the claim that the river was polluted.", "disputed"),
    "emphasise": ("The teacher emphasised that the exam was optional.", "emphasised"),
    "emphasize": ("The chief emphasized that nobody had been hurt.", "emphasized"),
    "estimate": ("Engineers estimated that the repairs would take a year.", "estimated"),
    "explain": ("The pilot explained that the engine had failed.", "explained"),
    "hint": ("The mayor hinted that she would run again.", "hinted"),
    "indicate": ("The governor indicated that he would sign the bill.", "indicated"),
    "inform": ("The school informed parents that classes were cancelled.", "informed"),
    "insist": ("The striker insisted that he was fit to play.", "insisted"),
    "maintain": ("The defendant maintained that he was innocent.", "maintained"),
    "mention": ("The minister mentioned that the talks had stalled.", "mentioned"),
    "note": ("The auditor noted that two accounts were missing.", "noted"),
    "observe": ("The professor observed that prices had doubled.", "observed"),
    "pledge": ("The president pledged that no troops would be sent.", "pledged"),
    "post": ("The singer posted that the tour was cancelled.", "posted"),
    "praise": ("The coach praised the keeper for saving two penalties.", "praised"),
    "predict": ("Forecasters predicted that the storm would weaken.", "predicted"),
    "promise": ("The mayor promised that the pool would reopen.", "promised"),
    "rebut": ("The author rebutted the accusation of plagiarism.", "rebutted"),
    "recall": ("She recalled that the factory had closed in 1998.", "recalled"),
    "recommend": ("The panel recommended that the dam be rebuilt.", "recommended"),
    "refute": ("The agency refuted the claim that the vaccine was unsafe.", "refuted"),
    "reiterate": ("The minister reiterated that taxes would not rise.", "reiterated"),
    "reject": ("The union rejected the suggestion that it had lied.", "rejected"),
    "remark": ("The judge remarked that the case was unusual.", "remarked"),
    "remind": ("The mayor reminded residents that the bridge was closed.", "reminded"),
    "repeat": ("The spokesman repeated that the talks would resume.", "repeated"),
    "reply": ("The senator replied that the bill was dead.", "replied"),
    "report": ("The inspectors reported that the wall had cracked.", "reported"),
    "respond": ("The company responded that the product was safe.", "responded"),
    "retort": ("The candidate retorted that her rival had never held a job.", "retorted"),
    "reveal": ("The audit revealed that the funds had vanished.", "revealed"),
    "say": ("The mayor said that the road would reopen.", "said"),
    "speculate": ("Analysts speculated that the bank would be sold.", "speculated"),
    "state": ("The court stated that the law was void.", "stated"),
    "stress": ("The coach stressed that the season was long.", "stressed"),
    "suggest": ("The study suggests that the drug slows the disease.", "suggests"),
    "tell": ("The mayor told reporters that the road would reopen.", "told"),
    "testify": ("The guard testified that the door was open.", "testified"),
    "tweet": ("The senator tweeted that the vote was rigged.", "tweeted"),
    "urge": ("The doctor urged patients to stay at home.", "urged"),
    "vow": ("The rebels vowed that they would fight on.", "vowed"),
    "warn": ("Scientists warned that the glacier was melting fast.", "warned"),
    "write": ("The judge wrote that the law was unclear.", "wrote"),
}
PARTICLE_VERB_SENTENCES = {
    "point": ("He pointed out that the bridge was older than the town.", "pointed"),
    "blurt": ("“This is a scandal,” she blurted out.", "blurted"),
    "go": ("“You know, it happens,” the coach went on. “But you have to get over it.”", "went"),
}
LASTING_PREPOSITION_SENTENCES = {  # the main clause before "as" is the writer's: nobody "went on" to say it
    "into": "Relatives of the crew gathered at the mission on Thursday as the search for two missing sailors went on "
            "into the afternoon.",
    "for": "Shops stayed shut as the strike went on for a third week.",
    "until": "Residents waited in the hall as the meeting went on until midnight.",
    "till": "Neighbours complained as the party went on till dawn.",
    "through": "Traffic was diverted as the repairs went on through the weekend.",
    "throughout": "Prices kept rising as the drought went on throughout the summer.",
    "past": "Fans grew restless as the delay went on past kick-off.",
    "beyond": "Costs mounted as the inquiry went on beyond its deadline.",
}
DOCUMENT_VERB_SENTENCES = {
    "read": ("The letter reads: “We will not return to the table.”", "reads"),
    "find": ("The report found that the river was polluted.", "found"),
    "show": ("The audit showed that the river was polluted.", "showed"),
}
FINDING_VERB_SENTENCES = {
    "find": ("Investigators found that the brakes had failed.", "found"),
    "rule": ("The court ruled that the parking charge was unlawful.", "ruled"),
    "determine": ("The inspectors determined that the fire had started in the kitchen.", "determined"),
    "establish": ("The inquiry established that the alarm had been switched off.", "established"),
}
NAMING_VERB_SENTENCES = {
    "call": ("The senator called the plan a “total disaster”.", "called"),
    "dub": ("The mayor has dubbed the tower “an eyesore”.", "dubbed"),
    "label": ("Critics labelled the bill a giveaway to banks.", "labelled"),
    "brand": ("The minister branded the strike a political stunt.", "branded"),
    "term": ("The coach termed the defeat a disgrace.", "termed"),
}
SHARE_NOUN_SENTENCES = {
    "percent": "Fifty-one percent said they would vote for the levy.",
    "percentage": "A small percentage said they would vote for the levy.",
    "half": "Half said they would vote for the levy.",
    "majority": "A majority said they would vote for the levy.",
    "minority": "A minority said they would vote for the levy.",
    "third": "A third said they would vote for the levy.",
    "quarter": "A quarter said they would vote for the levy.",
    "share": "A growing share said they would vote for the levy.",
    "proportion": "A large proportion said they would vote for the levy.",
}
DIRECTIVE_VERB_SENTENCES = {
    "urge": ("The governor urged lawmakers to pass the budget.", "urged"),
    "ask": ("He asked voters to support the levy.", "asked"),
    "implore": ("The bishop implored the rebels to lay down their arms.", "implored"),
    "encourage": ("Parents encouraged the board to keep the school open.", "encouraged"),
    "beg": ("Unions begged the minister to delay the vote.", "begged"),
    "exhort": ("The mayor exhorted residents to conserve water.", "exhorted"),
    "press": ("Activists pressed the bank to drop the loan.", "pressed"),
    "tell": ("The coach told the players to stay calm.", "told"),
    "advise": ("Doctors advised residents to stay indoors.", "advised"),
    "warn": ("Police warned drivers to avoid the motorway.", "warned"),
    "challenge": ("The senator challenged her rival to release his tax returns.", "challenged"),
}
# Verbs by which the source commits itself: entry -> (sentence, the act as content)
COMMISSIVE_VERB_SENTENCES = {
    "vow": ("The rebel leaders vowed to keep fighting until the spring.", "to keep fighting until the spring"),
    "promise": ("The mayor promised to fix every pothole by June.", "to fix every pothole by June"),
    "pledge": ("The governor pledged to rebuild the hospital.", "to rebuild the hospital"),
    "threaten": ("The union threatened to strike over the pay cut.", "to strike over the pay cut"),
    "swear": ("The new chief swore to root out corruption in the force.", "to root out corruption in the force"),
}
# Verbs that report a question: entry -> (sentence, the question as content)
QUESTION_VERB_SENTENCES = {
    "ask": ("A reporter asked the minister whether the port would reopen.", "whether the port would reopen"),
    "inquire": ("Lawmakers inquired why the budget had doubled.", "why the budget had doubled"),
    "press": ("“Will the port reopen before winter?” the reporter pressed.", "Will the port reopen before winter?"),
    "question": ("Critics questioned whether the plan would work.", "whether the plan would work"),
}
# Verbs whose gerund object is the content: entry -> (sentence, the gerund clause)
GERUND_VERB_SENTENCES = {
    "acknowledge": ("The bank acknowledged losing the files last year.", "losing the files last year"),
    "admit": ("The driver admitted running the red light.", "running the red light"),
    "mention": ("The minister mentioned meeting the rebels twice.", "meeting the rebels twice"),
    "recall": ("The witness recalled seeing two men at the door.", "seeing two men at the door"),
    "report": ("The airline reported losing $2 million in the first quarter.", "losing $2 million in the first quarter"),
    "suggest": ("The mayor suggested closing the bridge at night.", "closing the bridge at night"),
}
# Adjectives whose infinitive reports what the copula's subject says: entry -> (sentence, source, content)
FRAME_ADJECTIVE_SENTENCES = {
    "careful": ("The audit is careful to note that the figures are early.", "The audit", "the figures are early"),
    "eager": ("Unions were eager to stress that the strike was legal.", "Unions", "the strike was legal"),
    "keen": ("The mayor was keen to explain that the bridge was safe.", "The mayor", "the bridge was safe"),
    "likely": ("Younger readers were more likely to say they preferred the printed edition.", "Younger readers",
               "they preferred the printed edition"),
    "quick": ("Fans of the club were quick to point out that the striker had scored twice.", "Fans of the club",
              "the striker had scored twice"),
    "right": ("Critics are right to say that the levy is unfair.", "Critics", "the levy is unfair"),
}
# Verbs whose "to" with a gerund lets their subject speak: entry -> (sentence, source, content)
TURN_TO_VERB_SENTENCES = {
    "devote": ("The mayor devoted her speech to arguing that the mill should stay open.", "The mayor",
               "the mill should stay open"),
    "pivot": ("Moss pivoted to arguing that the storm proved the levee was too low.", "Moss",
              "the storm proved the levee was too low"),
    "resort": ("The coach resorted to claiming that the pitch was too wet.", "The coach", "the pitch was too wet"),
    "return": ("The mayor returned to warning that the dam could fail.", "The mayor", "the dam could fail"),
    "switch": ("The senator switched to saying that the tax was fair.", "The senator", "the tax was fair"),
    "take": ("Ann Berg has taken to urging voters to read more.", "Ann Berg", "voters to read more"),
    "turn": ("The chef turned to insisting that the bread was fresh.", "The chef", "the bread was fresh"),
}
# Verbs whose subject makes the claim noun they take: entry -> (sentence, source, content)
CLAIM_MAKING_VERB_SENTENCES = {
    "deliver": ("The mayor delivered a promise to repair the pier.", "The mayor", "to repair the pier"),
    "issue": ("The ministry issued a warning that storms would hit the coast.", "The ministry",
              "storms would hit the coast"),
    "make": ("Critics made the claim that the dam leaked.", "Critics", "the dam leaked"),
    "offer": ("The firm offered an admission that it had erred.", "The firm", "it had erred"),
    "renew": ("The union renewed the threat to strike in May.", "The union", "to strike in May"),
    "repeat": ("The minister repeated the pledge to cut fares.", "The minister", "to cut fares"),
    "voice": ("Farmers voiced the complaint that prices were too low.", "Farmers", "prices were too low"),
}
# Nouns whose possessor made the claim in their that-clause: one sentence shape for all
POSSESSED_CLAIM_NOUN_SENTENCES = {noun: f"The mayor's {noun} that the dam would be rebuilt surprised the council."
                                  for noun in lexicon.POSSESSED_CLAIM_NOUNS}
# Subordinators opening the clause that finishes what was said after a frame set off by commas:
# entry -> (sentence, what was said: both sides of the frame)
CIRCUMSTANCE_MARK_SENTENCES = {
    "after": ("The port will close, the council said, two weeks after the storm hit.",
              "The port will close … two weeks after the storm hit"),
    "before": ("Our members are angry, the union said, hours before the talks resumed.",
               "Our members are angry … hours before the talks resumed"),
    "while": ("The factory will stay open, the owner said, while workers protested outside.",
              "The factory will stay open … while workers protested outside"),
    "since": ("Ticket sales have doubled, the club said, since the new coach arrived.",
              "Ticket sales have doubled … since the new coach arrived"),
    "until": ("The road will stay shut, the police said, until the wreck is cleared.",
              "The road will stay shut … until the wreck is cleared"),
    "once": ("The plan is dead, the mayor said, once the vote was counted.", "The plan is dead … once the vote was counted"),
    "as": ("The strike will go ahead, the union said, as talks broke down.",
           "The strike will go ahead … as talks broke down"),
    "so": ("Antenatal clinics will carry on in Wendle, the Courier says, so appointments should go ahead.",
           "Antenatal clinics will carry on in Wendle … so appointments should go ahead"),
    "because": ("The bridge will stay shut, the council said, because engineers found cracks in the deck.",
                "The bridge will stay shut … because engineers found cracks in the deck"),
    "although": ("The plant will close, the company said, although no date has been set.",
                 "The plant will close … although no date has been set"),
    "unless": ("The strike will go ahead, the union said, unless the offer improves.",
               "The strike will go ahead … unless the offer improves"),
}
# Verbs whose object is the content: entry -> (sentence, the object)
NOMINAL_VERB_SENTENCES = {
    "accuse": ("The union accused the owners of hiding the losses.", "the owners of hiding the losses"),
    "acknowledge": ("The minister acknowledged the error in the budget.", "the error in the budget"),
    "admit": ("The driver admitted his mistake.", "his mistake"),
    "note": ("The auditor noted the gaps in the county ledger.", "the gaps in the county ledger"),
    "blame": ("The governor blamed the drought for the fires.", "the drought for the fires"),
    "condemn": ("The bishop condemned the attack on the mosque.", "the attack on the mosque"),
    "confirm": ("The club confirmed the sale of the stadium.", "the sale of the stadium"),
    "criticise": ("The report criticised the handling of the flood.", "the handling of the flood"),
    "criticize": ("The senator criticized the closure of the base.", "the closure of the base"),
    "deny": ("The company denied any wrongdoing.", "any wrongdoing"),
    "describe": ("The witness described the driver as a tall man.", "the driver as a tall man"),
    "dismiss": ("The minister dismissed the allegations of fraud.", "the allegations of fraud"),
    "dispute": ("The farmers disputed the findings of the inquiry.", "the findings of the inquiry"),
    "praise": ("The coach praised the keeper for saving two penalties.", "the keeper for saving two penalties"),
    "rebut": ("The author rebutted the accusation of plagiarism.", "the accusation of plagiarism"),
    "recommend": ("The panel recommended a new dam.", "a new dam"),
    "refute": ("The agency refuted the claim of a cover-up.", "the claim of a cover-up"),
    "reject": ("The union rejected the criticism of its leaders.", "the criticism of its leaders"),
}
# Verbs whose object is the content when a clause inside it states something: entry -> (sentence, the object,
# the same verb with a bare object, which reports nothing)
CLAUSE_OBJECT_VERB_SENTENCES = {
    "announce": ("The council announced a plan that would close two schools.", "a plan that would close two schools",
                 "The council announced a new plan."),
    "caution": ("The union cautioned against closing the mill before spring.", "closing the mill before spring",
                "The union cautioned against haste."),
    "disclose": ("The bank disclosed losses that it had hidden for years.", "losses that it had hidden for years",
                 "The bank disclosed its losses."),
    "explain": ("The engineer explained the reason the bridge had to close.", "the reason the bridge had to close",
                "The engineer explained the delay."),
    "mention": ("The mayor mentioned a storm that had flooded the harbour.", "a storm that had flooded the harbour",
                "The mayor mentioned the weather."),
    "predict": ("Forecasters predicted a winter that would break every record.", "a winter that would break every record",
                "Forecasters predicted a cold winter."),
    "recall": ("The farmer recalled the day the river burst its banks.", "the day the river burst its banks",
               "The farmer recalled his childhood."),
    "report": ("The agency reported fires that had destroyed forty homes.", "fires that had destroyed forty homes",
               "The agency reported two fires."),
    "reveal": ("The audit revealed payments that nobody had approved.", "payments that nobody had approved",
               "The audit revealed several payments."),
    "suggest": ("The panel suggested changes that would cut the waiting lists.", "changes that would cut the waiting lists",
                "The panel suggested some changes."),
    "warn": ("Doctors warned of a virus that spreads through water.", "a virus that spreads through water",
             "Doctors warned of a virus."),
}
REASON_VERB_SENTENCES = {  # (with the reason: a statement, without it: none)
    "praise": ("The coach praised the keeper for saving two penalties.", "The coach praised the new stadium."),
}
DENY_VERB_SENTENCES = {
    "deny": "The company denied that it had paid the bribe.",
    "reject": "The union rejected the suggestion that it had lied.",
    "dismiss": "The minister dismissed the allegations of fraud.",
    "refute": "The agency refuted the claim that the vaccine was unsafe.",
    "rebut": "The author rebutted the accusation of plagiarism.",
    "dispute": "The farmers disputed the claim that the river was polluted.",
}
# An outlet passing a statement on: entry -> sentence whose medium is "the Harbour Gazette"
PASSED_ON_VERB_SENTENCES = {verb: f"The bridge was closed, Mayor Ines Holt said in an interview {done} by the Harbour "
                                  f"Gazette." for verb, done in [
    ("quote", "quoted"), ("publish", "published"), ("carry", "carried"), ("air", "aired"),
    ("broadcast", "broadcast"), ("run", "run"), ("print", "printed")]}
# Who was told, not what: entry -> sentence whose content is "the bridge was closed"
ADDRESSEE_VERB_SENTENCES = {
    "tell": "The mayor told residents that the bridge was closed.",
    "inform": "The mayor informed residents that the bridge was closed.",
    "assure": "The mayor assured residents that the bridge was closed.",
    "warn": "The mayor warned residents that the bridge was closed.",
    "promise": "The mayor promised residents that the bridge was closed.",
    "remind": "The mayor reminded residents that the bridge was closed.",
}
# A person acted on, never an inverted speaker: entry -> sentence whose noun phrase after the verb speaks for nothing
PERSON_OBJECT_VERB_SENTENCES = {
    "accuse": "The dam burst overnight, accused the farmers of the valley.",
    "advise": "The storm knocked out the power, advised the residents of the valley.",
    "assure": "The flood was over by Monday, assured the families of the victims.",
    "blame": "The flood destroyed the harvest, blamed the farmers of the valley.",
    "condemn": "The riots lasted three nights, condemned the leaders of the town.",
    "criticise": "The budget was cut again, criticised the teachers of the district.",
    "criticize": "The budget was cut again, criticized the teachers of the district.",
    "inform": "The plant will close in May, informs the workers of the plant.",
    "praise": "The rescue took six hours, praised the sailors of the lifeboats.",
    "remind": "The vote takes place on Sunday, reminds the voters of the district.",
    "tell": "The fire was out within an hour, told the leaders of the brigade.",
    "urge": "The polls open at eight, urges the voters of the district.",
}
ADDRESSEE_NOUN_SENTENCES = {noun: f"The general told the {noun} that the base would close." for noun in [
    "panel", "reporter", "committee", "audience", "crowd"]}
THOUGHT_VERB_SENTENCES = {verb: f"She {form} that the plan will fail." for verb, form in {
    "think": "thinks", "believe": "believes", "fear": "fears", "hope": "hopes", "feel": "feels",
    "suspect": "suspects", "expect": "expects", "wonder": "wonders", "doubt": "doubts", "worry": "worries"}.items()}
CLAIM_NOUN_SENTENCES = {noun: f"The minister rejected the {noun} about the contract." for noun in [
    "claim", "allegation", "accusation", "report", "charge", "criticism", "suggestion", "responsibility",
    "involvement", "wrongdoing", "link", "knowledge", "rumour", "rumor", "speculation", "assertion", "statement",
    "story", "account", "idea", "notion", "finding", "figure", "version", "characterization", "characterisation",
    "description", "comparison", "suspicion", "blame"]}
REFUSED_NOUN_SENTENCES = {"right": "The court denied him the right to stay."} | {noun: f"The officials denied the refugees {noun}." for noun in [
    "entry", "access", "bail", "permission", "visa", "request", "application", "appeal", "service", "benefit",
    "passage", "admission", "asylum", "parole", "treatment", "care"]}
# "in a statement": entry -> sentence whose medium is the entry
STATEMENT_NOUN_SENTENCES = {
    "statement": "The ministry said in a statement that the border was closed.",
    "interview": "The ministry said in an interview that the border was closed.",
    "release": "The ministry said in a release that the border was closed.",
    "communique": "The ministry said in a communique that the border was closed.",
    "communiqué": "The ministry said in a communiqué that the border was closed.",
    "post": "The ministry said in a post that the border was closed.",
    "tweet": "The ministry said in a tweet that the border was closed.",
    "letter": "The ministry said in a letter that the border was closed.",
    "speech": "The minister said in a speech that the border was closed.",
    "briefing": "The ministry said in a briefing that the border was closed.",
    "address": "The president said in an address that the border was closed.",
    "op-ed": "The minister wrote in an op-ed that the border was closed.",
    "editorial": "The newspaper said in an editorial that the border was closed.",
    "blog": "The minister wrote on her blog that the border was closed.",
    "video": "The minister said in a video that the border was closed.",
    "message": "The ministry said in a message that the border was closed.",
    "broadcast": "The ministry said in a broadcast that the border was closed.",
    "podcast": "The minister said on a podcast that the border was closed.",
    "announcement": "The union said in an announcement that the border was closed.",
    "email": "The ministry said in an email that the border was closed.",
    "ad": "The ministry said in an ad that the border was closed.",
    "advertisement": "The ministry said in an advertisement that the border was closed.",
    "commercial": "The ministry said in a commercial that the border was closed.",
    "piece": "The newspaper said in a piece that the border was closed.",
}
VERB_MEDIUM_SENTENCES = {"tweet": ("The senator tweeted that the vote was rigged.", "Twitter")}
CREDIT_PARTICIPLE_SENTENCES = {  # entry -> (sentence, the statement's medium)
    "report": ("As first reported by the Glen Gazette, the mayor said the dam had failed.", "the Glen Gazette"),
    "quote": ("“The dam has failed,” the mayor said, as quoted by the Glen Gazette.", "the Glen Gazette"),
}
# Source kinds: entry -> sentence whose source has the kind of its list
OUTLET_WORD_SENTENCES = {
    "news": "The mayor told Valley News that the dam had failed.", "times": "The mayor told the Harbour Times that the dam had failed.",
    "post": "The mayor told the Lakeside Post that the dam had failed.", "journal": "The mayor told the Mining Journal that the dam had failed.",
    "weekly": "The mayor told Delta Weekly that the dam had failed.", "daily": "The mayor told the Coast Daily that the dam had failed.",
    "press": "The mayor told Northern Press that the dam had failed.", "radio": "The mayor told Radio Kestrel that the dam had failed.",
    "tv": "The mayor told Kestrel TV that the dam had failed.", "television": "The mayor told Kestrel Television that the dam had failed.",
    "broadcasting": "The mayor told Kestrel Broadcasting that the dam had failed.",
    "broadcaster": "The mayor told the state broadcaster that the dam had failed.",
    "herald": "The mayor told the Glen Herald that the dam had failed.", "tribune": "The mayor told the Glen Tribune that the dam had failed.",
    "guardian": "The mayor told the Guardian that the dam had failed.", "telegraph": "The mayor told the Glen Telegraph that the dam had failed.",
    "gazette": "The mayor told the Glen Gazette that the dam had failed.", "magazine": "The mayor told Kestrel Magazine that the dam had failed.",
    "network": "The mayor told the Kestrel Network that the dam had failed.", "channel": "The mayor told Kestrel Channel that the dam had failed.",
    "newspaper": "The mayor told The newspaper that the dam had failed.", "wire": "The mayor told Kestrel Wire that the dam had failed.",
    "reuters": "The mayor told Reuters that the dam had failed.", "bbc": "The mayor told the BBC that the dam had failed.",
    "cnn": "The mayor told CNN that the dam had failed.", "nbc": "The mayor told NBC that the dam had failed.",
    "abc": "The mayor told ABC that the dam had failed.", "cbs": "The mayor told CBS that the dam had failed.",
    "npr": "The mayor told NPR that the dam had failed.", "pbs": "The mayor told PBS that the dam had failed.",
    "afp": "The mayor told AFP that the dam had failed.", "bloomberg": "The mayor told Bloomberg that the dam had failed.",
    "xinhua": "The mayor told Xinhua that the dam had failed.", "fox": "The mayor told Fox that the dam had failed.",
    "msnbc": "The mayor told MSNBC that the dam had failed.", "cnbc": "The mayor told CNBC that the dam had failed.",
    "al-jazeera": "The mayor told Al-Jazeera that the dam had failed.", "jazeera": "The mayor told Al Jazeera that the dam had failed.",
    "itv": "The mayor told ITV that the dam had failed.", "sky": "The mayor told Sky that the dam had failed.",
    "kyodo": "The mayor told Kyodo that the dam had failed.", "yonhap": "The mayor told Yonhap that the dam had failed.",
    "tass": "The mayor told TASS that the dam had failed.", "interfax": "The mayor told Interfax that the dam had failed.",
    "ansa": "The mayor told ANSA that the dam had failed.", "dpa": "The mayor told DPA that the dam had failed.",
    "efe": "The mayor told EFE that the dam had failed.",
    **{word: f"The mayor told the Glen {word.title()} that the dam had failed." for word in [
        "bulletin", "chronicle", "courier", "dispatch", "examiner", "inquirer", "ledger", "sentinel", "observer",
        "advertiser"]},
}
OUTLET_NOUN_SENTENCES = {noun: f"The mayor told the {noun} that the dam had failed." for noun in [
    "newspaper", "broadcaster", "outlet", "network", "channel", "station", "paper", "tabloid", "website"]}
JOURNALIST_NOUN_SENTENCES = {noun: f"A {noun} for Kestrel News said that the dam had failed." for noun in [
    "reporter", "correspondent", "journalist", "editor", "columnist", "anchor"]}
GOVERNMENT_NOUN_SENTENCES = {noun: f"The {noun} said that the dam had failed." for noun in [
    "government", "police", "authority", "authorities", "ministry", "department", "administration", "military",
    "army", "navy", "embassy", "cabinet", "parliament", "congress", "senate", "kremlin", "pentagon", "prosecutor",
    "prosecutors", "council", "regime", "presidency", "office", "agency"]}
ORGANIZATION_NOUN_SENTENCES = {noun: f"The {noun} said that the dam had failed." for noun in [
    "company", "firm", "group", "organisation", "organization", "party", "union", "bank", "association", "club",
    "university", "school", "hospital", "committee", "commission", "board", "charity", "foundation", "institute",
    "coalition", "alliance", "federation", "league", "team", "center", "centre", "society", "trust"]}
BODY_NAME_HEAD_SENTENCES = {  # a body's name the tagger may leave untyped or take for a person's; "it" stands for it
    "service": ("Thousands of people have been told to leave their homes. Tarrant Vale County Fire Service issued an "
                "evacuation order just before midday. It says the fire has burned about 1,200 hectares.",
                "Tarrant Vale County Fire Service"),
    "inspectorate": ("Two trains came within 60 metres of each other. Railway Safety Inspectorate published its "
                     "findings on Wednesday. It says leaves on the line were probably to blame.",
                     "Railway Safety Inspectorate"),
    "constabulary": ("Three men were arrested overnight. Brenmoor Constabulary confirmed the arrests on Sunday. It "
                     "said the men would appear in court on Monday.", "Brenmoor Constabulary"),
    "coastguard": ("A yacht was reported missing. Marwick Coastguard sent a lifeboat. It said the two sailors were "
                   "safe.", "Marwick Coastguard"),
}
ANONYMOUS_NOUN_SENTENCES = {noun: f"The {noun} said that the dam had failed." for noun in [
    "official", "officials", "source", "sources", "researcher", "researchers", "author", "authors", "scientist",
    "scientists", "expert", "experts", "analyst", "analysts", "spokesman", "spokeswoman", "spokesperson", "witness",
    "witnesses", "resident", "residents", "diplomat", "diplomats", "people", "person", "member", "members", "aide",
    "aides", "staff", "lawyer", "lawyers", "doctor", "doctors", "officer", "officers", "investigator",
    "investigators", "activist", "activists", "observer", "observers", "insider", "insiders", "critic", "critics",
    "worker", "workers", "student", "students", "leader", "leaders", "commander", "commanders", "employee",
    "employees", "representative", "representatives"]}
DOCUMENT_NOUN_SENTENCES = {noun: f"The {noun} said that the dam had failed." for noun in [
    "report", "study", "statement", "document", "paper", "survey", "result", "results", "finding", "findings",
    "letter", "analysis", "article", "research", "investigation", "poll", "data", "review", "memo", "filing",
    "ruling", "assessment", "audit", "book", "website", "blog", "complaint", "indictment", "transcript", "cable",
    "excerpt", "account", "recording"]}
DATA_NOUN_SENTENCES = {  # a count or a record as the subject of a verb of evidence: a document
    "figure": "Figures released on Monday show that the dam had failed.",
    "number": "The numbers show that the dam had failed.",
    "statistic": "New statistics show that the dam had failed.",
    "record": "Maintenance records show that the dam had failed.",
    "estimate": "Estimates by the water board show that the dam had failed.",
    "tally": "A tally by the water board shows that the dam had failed.",
    "census": "The census showed that the dam had failed.",
}
EVIDENCE_VERB_SENTENCES = {verb: f"Official figures {form} that the dam had failed." for verb, form in [
    ("show", "show"), ("find", "found"), ("suggest", "suggest"), ("indicate", "indicate"), ("reveal", "revealed")]}
PERSON_SUFFIX_SENTENCES = {
    "er": "A grower said that the dam had failed.", "or": "The auditor said that the dam had failed.",
    "ist": "The geologist said that the dam had failed.", "ian": "The historian said that the dam had failed.",
    "ant": "The applicant said that the dam had failed.", "man": "The ferryman said that the dam had failed.",
    "woman": "The chairwoman said that the dam had failed.",
}
PERSON_NOUN_SENTENCES = {
    "royal": "The British royal said that the dam had failed.", "neighbour": "A neighbour said that the dam had failed.",
    "child": "The child said that the dam had failed.", "mother": "The mother said that the dam had failed.",
    "father": "The father said that the dam had failed.", "victim": "The victim said that the dam had failed.",
    "candidate": "The candidate said that the dam had failed.",
}
# A title stands for the person named with it earlier: entry -> title as written before the name
TITLE_NOUN_SENTENCES = {noun: f"{title} Ana Ruiz visited the dam on Monday. The {noun} said that it had failed."
                        for noun, title in {
    "minister": "Minister", "president": "President", "secretary": "Secretary", "governor": "Governor",
    "senator": "Senator", "spokesman": "Spokesman", "spokeswoman": "Spokeswoman", "chairman": "Chairman",
    "chairwoman": "Chairwoman", "director": "Director", "administrator": "Administrator", "general": "General",
    "professor": "Professor", "chief": "Chief", "ambassador": "Ambassador", "mayor": "Mayor", "commander": "Commander",
    "premier": "Premier", "chancellor": "Chancellor", "king": "King", "queen": "Queen", "prince": "Prince",
    "judge": "Judge", "officer": "Officer", "leader": "Leader"}.items()}
# Hedges: entry -> sentence whose content carries that hedge
ICD203_SENTENCES = {
    "almost no chance": "Engineers said there was almost no chance that the dam would fail.",
    "remote": "Engineers said the chance of a breach was remote.",
    "very unlikely": "Engineers said it was very unlikely that the dam would fail.",
    "highly improbable": "Engineers said it was highly improbable that the dam would fail.",
    "unlikely": "Engineers said it was unlikely that the dam would fail.",
    "improbable": "Engineers said it was improbable that the dam would fail.",
    "probably not": "Engineers said the dam would probably not fail.",
    "roughly even chance": "Engineers said there was a roughly even chance that the dam would fail.",
    "roughly even odds": "Engineers said the dam faced roughly even odds of failing.",
    "likely": "Engineers said it was likely that the dam would fail.",
    "probable": "Engineers said a breach was probable.",
    "probably": "Engineers said the dam would probably fail.",
    "very likely": "Engineers said it was very likely that the dam would fail.",
    "highly probable": "Engineers said a breach was highly probable.",
    "highly likely": "Engineers said it was highly likely that the dam would fail.",
    "almost certain": "Engineers said a breach was almost certain.",
    "almost certainly": "Engineers said the dam would almost certainly fail.",
    "nearly certain": "Engineers said a breach was nearly certain.",
}
HEDGE_PHRASE_SENTENCES = {
    "fair to say": "The coach said it was fair to say the team had struggled.",
    "reasonable to assume": "The coach said it was reasonable to assume the team had struggled.",
    "reasonable to believe": "The coach said it was reasonable to believe the team had struggled.",
    "reasonable to expect": "The coach said it was reasonable to expect the team had struggled.",
    "safe to assume": "The coach said it was safe to assume the team had struggled.",
    "safe to say": "The coach said it was safe to say the team had struggled.",
    "fair to assume": "The coach said it was fair to assume the team had struggled.",
    "it appears": "The coach said it appears the team has lost its way.",
    "appears to": "The coach said the team appears to have lost its way.",
    "appear to": "The coach said the players appear to be tired.",
    "seems to": "The coach said the team seems to be tired.",
    "seem to": "The coach said the players seem to be tired.",
    "it seems": "The coach said it seems the team is tired.",
    "possibly": "The coach said the match would possibly be moved.",
    "perhaps": "The coach said perhaps the match would be moved.",
    "reportedly": "The coach said the striker had reportedly left the club.",
    "allegedly": "The coach said the striker had allegedly left the club.",
    "apparently": "The coach said the striker had apparently left the club.",
    "presumably": "The coach said the striker had presumably left the club.",
    "supposedly": "The coach said the striker had supposedly left the club.",
    "purportedly": "The coach said the striker had purportedly left the club.",
    "maybe": "The coach said maybe the striker would stay.",
    "may be": "The coach said the striker may be injured.",
    "not clear": "The coach said it was not clear whether the striker would play.",
    "unclear": "The coach said it was unclear whether the striker would play.",
    "believed to": "The coach said the striker was believed to be injured.",
    "it is believed": "The coach said it is believed the striker will leave.",
    "it is estimated": "The coach said it is estimated the club lost a million pounds.",
    "thought to": "The coach said the striker was thought to be injured.",
    "suspected": "The coach said the striker suspected a knee injury.",
    "expected to": "The coach said the striker was expected to miss the final.",
}
ASPECT_VERB_SENTENCES = {"continue": ("“We like the plan,” the mayor continued.", "The mayor continued to like the plan.")}
QUANTIFIER_PRONOUN_SENTENCES = {word: f"Nine of 10 farmers in the valley lost crops; {word} said they were worried."
                                for word in ["all", "both", "few", "many", "most", "several", "some"]}
PLAN_NOUN_SENTENCES = {"plan": ("The union announced plans to sue the board.", "plans to sue the board"),
                       "intention": ("The senator stated her intention to retire in May.", "her intention to retire in May")}
INFINITIVE_CLAIM_VERB_SENTENCES = {"claim": ("A voter who claimed to be undecided asked about the dam.", "to be undecided")}
HEDGE_MODAL_SENTENCES = {modal: f"Engineers said the dam {modal} fail." for modal in ["may", "might", "could"]}
ABILITY_ADVERB_SENTENCES = {adverb: f"Engineers said the crews could {adverb} repair the dam."
                            for adverb in ["easily", "readily", "simply", "quickly"]}

COVERAGE = [
    ("clause_verbs", lexicon.CLAUSE_VERBS, CLAUSE_VERB_SENTENCES),
    ("aspect_verbs", lexicon.ASPECT_VERBS, ASPECT_VERB_SENTENCES),
    ("quantifier_pronouns", lexicon.QUANTIFIER_PRONOUNS, QUANTIFIER_PRONOUN_SENTENCES),
    ("plan_nouns", lexicon.PLAN_NOUNS, PLAN_NOUN_SENTENCES),
    ("infinitive_claim_verbs", lexicon.INFINITIVE_CLAIM_VERBS, INFINITIVE_CLAIM_VERB_SENTENCES),
    ("particle_verbs", lexicon.PARTICLE_VERBS, PARTICLE_VERB_SENTENCES),
    ("lasting_prepositions", lexicon.LASTING_PREPOSITIONS, LASTING_PREPOSITION_SENTENCES),
    ("document_verbs", lexicon.DOCUMENT_VERBS, DOCUMENT_VERB_SENTENCES),
    ("finding_verbs", lexicon.FINDING_VERBS, FINDING_VERB_SENTENCES),
    ("circumstance_marks", lexicon.CIRCUMSTANCE_MARKS, CIRCUMSTANCE_MARK_SENTENCES),
    ("directive_verbs", lexicon.DIRECTIVE_VERBS, DIRECTIVE_VERB_SENTENCES),
    ("commissive_verbs", lexicon.COMMISSIVE_VERBS, COMMISSIVE_VERB_SENTENCES),
    ("question_verbs", lexicon.QUESTION_VERBS, QUESTION_VERB_SENTENCES),
    ("gerund_verbs", lexicon.GERUND_VERBS, GERUND_VERB_SENTENCES),
    ("frame_adjectives", lexicon.FRAME_ADJECTIVES, FRAME_ADJECTIVE_SENTENCES),
    ("claim_making_verbs", lexicon.CLAIM_MAKING_VERBS, CLAIM_MAKING_VERB_SENTENCES),
    ("turn_to_verbs", lexicon.TURN_TO_VERBS, TURN_TO_VERB_SENTENCES),
    ("naming_verbs", lexicon.NAMING_VERBS, NAMING_VERB_SENTENCES),
    ("share_nouns", lexicon.SHARE_NOUNS, SHARE_NOUN_SENTENCES),
    ("person_suffixes", lexicon.PERSON_SUFFIXES, PERSON_SUFFIX_SENTENCES),
    ("person_nouns", lexicon.PERSON_NOUNS, PERSON_NOUN_SENTENCES),
    ("nominal_verbs", lexicon.NOMINAL_VERBS, NOMINAL_VERB_SENTENCES),
    ("reason_verbs", lexicon.REASON_VERBS, REASON_VERB_SENTENCES),
    ("clause_object_verbs", lexicon.CLAUSE_OBJECT_VERBS, CLAUSE_OBJECT_VERB_SENTENCES),
    ("deny_verbs", lexicon.DENY_VERBS, DENY_VERB_SENTENCES),
    ("addressee_verbs", lexicon.ADDRESSEE_VERBS, ADDRESSEE_VERB_SENTENCES),
    ("person_object_verbs", lexicon.PERSON_OBJECT_VERBS, PERSON_OBJECT_VERB_SENTENCES),
    ("passed_on_verbs", lexicon.PASSED_ON_VERBS, PASSED_ON_VERB_SENTENCES),
    ("addressee_nouns", lexicon.ADDRESSEE_NOUNS, ADDRESSEE_NOUN_SENTENCES),
    ("thought_verbs", lexicon.THOUGHT_VERBS, THOUGHT_VERB_SENTENCES),
    ("claim_nouns", lexicon.CLAIM_NOUNS, CLAIM_NOUN_SENTENCES),
    ("refused_nouns", lexicon.REFUSED_NOUNS, REFUSED_NOUN_SENTENCES),
    ("statement_nouns", lexicon.STATEMENT_NOUNS, STATEMENT_NOUN_SENTENCES),
    ("verb_media", lexicon.VERB_MEDIUM, VERB_MEDIUM_SENTENCES),
    ("credit_participles", lexicon.CREDIT_PARTICIPLES, CREDIT_PARTICIPLE_SENTENCES),
    ("outlet_words", lexicon.OUTLET_WORDS, OUTLET_WORD_SENTENCES),
    ("outlet_nouns", lexicon.OUTLET_NOUNS, OUTLET_NOUN_SENTENCES),
    ("journalist_nouns", lexicon.JOURNALIST_NOUNS, JOURNALIST_NOUN_SENTENCES),
    ("government_nouns", lexicon.GOVERNMENT_NOUNS, GOVERNMENT_NOUN_SENTENCES),
    ("organization_nouns", lexicon.ORGANIZATION_NOUNS, ORGANIZATION_NOUN_SENTENCES),
    ("body_name_heads", lexicon.BODY_NAME_HEADS, BODY_NAME_HEAD_SENTENCES),
    ("anonymous_nouns", lexicon.ANONYMOUS_NOUNS, ANONYMOUS_NOUN_SENTENCES),
    ("document_nouns", lexicon.DOCUMENT_NOUNS, DOCUMENT_NOUN_SENTENCES),
    ("data_nouns", lexicon.DATA_NOUNS, DATA_NOUN_SENTENCES),
    ("evidence_verbs", lexicon.EVIDENCE_VERBS, EVIDENCE_VERB_SENTENCES),
    ("title_nouns", lexicon.TITLE_NOUNS, TITLE_NOUN_SENTENCES),
    ("icd203", lexicon.ICD203, ICD203_SENTENCES),
    ("hedge_phrases", lexicon.HEDGE_PHRASES, HEDGE_PHRASE_SENTENCES),
    ("hedge_modals", lexicon.HEDGE_MODALS, HEDGE_MODAL_SENTENCES),
    ("ability_adverbs", lexicon.ABILITY_ADVERBS, ABILITY_ADVERB_SENTENCES),
]


@pytest.mark.parametrize("name,entries,sentences", COVERAGE, ids=[c[0] for c in COVERAGE])
def test_every_entry_has_its_sentence(name, entries, sentences):
    assert set(entries) == set(sentences), f"data/{name}.txt and its test sentences differ"


@pytest.fixture(scope="module")
def extract(analyzer):
    return lambda text: analyzer.extractor.extract(Article(text=text))


def cases(sentences):
    return pytest.mark.parametrize("entry,case", sorted(sentences.items()))


@cases({**{f"clause {k}": v for k, v in CLAUSE_VERB_SENTENCES.items()},
        **{f"particle {k}": v for k, v in PARTICLE_VERB_SENTENCES.items()},
        **{f"document {k}": v for k, v in DOCUMENT_VERB_SENTENCES.items()},
        **{f"finding {k}": v for k, v in FINDING_VERB_SENTENCES.items()},
        **{f"directive {k}": v for k, v in DIRECTIVE_VERB_SENTENCES.items()},
        **{f"naming {k}": v for k, v in NAMING_VERB_SENTENCES.items()}})
def test_cue_verbs(extract, entry, case):
    sentence, cue = case
    assert cue in [a.cue.split()[0] for a in extract(sentence)]


@cases(LASTING_PREPOSITION_SENTENCES)
def test_a_particle_verb_of_speech_telling_how_long_something_lasted_reports_nothing(extract, entry, case):
    assert extract(case) == []


def test_a_particle_verb_of_speech_telling_how_long_something_lasted_as_a_phrase_reports_nothing(extract):
    assert extract("Talks went on all night at the ministry.") == []


@cases(NOMINAL_VERB_SENTENCES)
def test_nominal_verbs_take_their_object_as_content(extract, entry, case):
    sentence, content = case
    assert content in [a.content for a in extract(sentence)]


@cases(CLAUSE_OBJECT_VERB_SENTENCES)
def test_clause_object_verbs_take_an_object_holding_a_clause_as_content(extract, entry, case):
    sentence, content, bare = case
    assert content in [a.content for a in extract(sentence)] and extract(bare) == []


@cases(REASON_VERB_SENTENCES)
def test_reason_verbs_report_only_with_the_reason(extract, entry, case):
    with_reason, without = case
    assert [a.cue for a in extract(with_reason)] and extract(without) == []


@cases({**COMMISSIVE_VERB_SENTENCES, **QUESTION_VERB_SENTENCES, **INFINITIVE_CLAIM_VERB_SENTENCES, **{f"gerund {k}": v for k, v in GERUND_VERB_SENTENCES.items()}})
def test_commitments_and_questions_take_the_act_or_question_as_content(extract, entry, case):
    sentence, content = case
    assert content in [a.content for a in extract(sentence)]


@cases({**FRAME_ADJECTIVE_SENTENCES, **{f"claim {k}": v for k, v in CLAIM_MAKING_VERB_SENTENCES.items()},
        **{f"turn to {k}": v for k, v in TURN_TO_VERB_SENTENCES.items()}})
def test_the_subject_of_a_frame_adjective_or_of_a_claim_making_verb_speaks(extract, entry, case):
    sentence, source, content = case
    (a,) = extract(sentence)
    assert (a.source.text, a.content) == (source, content)


@cases(CIRCUMSTANCE_MARK_SENTENCES)
def test_a_subordinate_clause_after_a_frame_finishes_what_was_said(extract, entry, case):
    sentence, said = case
    assert [a.content for a in extract(sentence)] == [said]


def test_a_frame_inside_what_was_said_still_takes_the_part_after_it(extract):
    (a,) = extract("The ferry, the operator said, will sail once the storm passes.")
    assert a.content == "The ferry … will sail once the storm passes"


@cases(POSSESSED_CLAIM_NOUN_SENTENCES)
def test_a_claim_noun_speaks_for_its_possessor(extract, entry, case):
    (a,) = extract(case)
    assert (a.source.text, a.content) == ("The mayor", "the dam would be rebuilt")


def test_a_claim_noun_of_its_possessor_before_is_that(extract):
    (a,) = extract("The Bank of Tarrland's own estimate is that the rise adds 310 crowns a month to a mortgage.")
    assert (a.source.text, a.content) == ("The Bank of Tarrland", "the rise adds 310 crowns a month to a mortgage")


@pytest.mark.parametrize("sentence", ["The court ordered the company to pay the workers.",
                                      "The general instructed the troops to hold the bridge."])
def test_an_order_is_an_act_not_a_statement(extract, sentence):
    assert extract(sentence) == []


def test_a_thing_that_threatens_is_no_source(extract):
    assert extract("The rise in prices threatens to derail the recovery.") == []
    assert extract("Rising costs threaten to close the factory.") == []


@cases(ASPECT_VERB_SENTENCES)
def test_aspect_verbs_report_only_on_their_own(extract, entry, case):
    framing, going_on = case
    assert [a.cue for a in extract(framing)] and extract(going_on) == []


@cases(QUANTIFIER_PRONOUN_SENTENCES)
def test_a_quantifier_speaks_for_the_people_it_counts(extract, entry, case):
    (a,) = extract(case)
    assert (a.source.text, a.content) == (entry, "they were worried")


@cases(PLAN_NOUN_SENTENCES)
def test_a_plan_made_known_is_content_with_what_it_is_to_do(extract, entry, case):
    sentence, content = case
    assert content in [a.content for a in extract(sentence)]


@cases(DENY_VERB_SENTENCES)
def test_deny_verbs_deny(extract, entry, case):
    (a,) = extract(case)
    assert a.stance == "deny"


@cases(PASSED_ON_VERB_SENTENCES)
def test_an_interview_an_outlet_passed_on_went_through_it(extract, entry, case):
    (a,) = extract(case)
    assert (a.source.text, a.content, a.medium) == ("Mayor Ines Holt", "The bridge was closed", "the Harbour Gazette")


@cases(ADDRESSEE_VERB_SENTENCES)
def test_addressee_verbs_leave_whom_out_of_the_content(extract, entry, case):
    (a,) = extract(case)
    assert a.content == "the bridge was closed"


@cases(PERSON_OBJECT_VERB_SENTENCES)
def test_the_person_after_a_person_object_verb_is_no_inverted_speaker(extract, entry, case):
    whom = case.split(", ")[1].split(" ", 1)[1].rstrip(".")  # "the farmers of the valley"
    assert not any(a.source.text.startswith(whom.rsplit(" of ", 1)[0]) for a in extract(case))


@cases(ADDRESSEE_NOUN_SENTENCES)
def test_addressee_nouns_are_the_one_spoken_to(analyzer, entry, case):
    from sourcetrace.attribution.speech import is_addressee

    doc = analyzer.extractor.nlp(case)
    told = next(t for t in doc if t.lemma_ == "tell")
    assert [c.text for c in told.children if is_addressee(c)] == [entry]
    assert not any(is_addressee(t) for t in analyzer.extractor.nlp("The general told the truth about the base."))


@pytest.mark.parametrize("sentence", ["Police found the body in the river on Monday.",
                                      "The king ruled the country for forty years.",
                                      "The bank did not rule out a further rise in rates."])
def test_a_verb_of_finding_without_that_names_an_act(extract, sentence):
    assert extract(sentence) == []


@cases({**THOUGHT_VERB_SENTENCES, **{f"refused {k}": v for k, v in REFUSED_NOUN_SENTENCES.items()}})
def test_thoughts_and_refusals_are_no_statements(extract, entry, case):
    assert extract(case) == []


@cases(CLAIM_NOUN_SENTENCES)
def test_rejecting_a_claim_is_a_denial(extract, entry, case):
    (a,) = extract(case)
    assert (a.stance, a.cue) == ("deny", "rejected")


@cases({**{k: (v, k) for k, v in STATEMENT_NOUN_SENTENCES.items()}, **VERB_MEDIUM_SENTENCES,
        **{f"as {k} by": v for k, v in CREDIT_PARTICIPLE_SENTENCES.items()}})
def test_media(extract, entry, case):
    sentence, medium = case
    (a,) = extract(sentence)
    assert a.medium == medium


@cases({**{f"word {k}": v for k, v in OUTLET_WORD_SENTENCES.items()},
        **{f"noun {k}": v for k, v in OUTLET_NOUN_SENTENCES.items()}})
def test_outlets_told_are_the_medium(extract, entry, case):
    (a,) = extract(case)
    assert a.medium and entry.split()[1].replace("-", " ") in a.medium.lower().replace("-", " ")
    assert a.content == "the dam had failed"


@pytest.mark.parametrize("entry,sentence,kind", sorted(
    [(k, v, "outlet") for k, v in JOURNALIST_NOUN_SENTENCES.items()]
    + [(k, v, "government") for k, v in GOVERNMENT_NOUN_SENTENCES.items()]
    + [(k, v, "organization") for k, v in ORGANIZATION_NOUN_SENTENCES.items()]
    + [(k, v, "anonymous") for k, v in {**ANONYMOUS_NOUN_SENTENCES, **SHARE_NOUN_SENTENCES}.items()]
    + [(k, v, "document") for k, v in DOCUMENT_NOUN_SENTENCES.items()]
    + [(f"data {k}", v, "document") for k, v in DATA_NOUN_SENTENCES.items()]
    + [(f"evidence {k}", v, "document") for k, v in EVIDENCE_VERB_SENTENCES.items()]
    + [(k, v, "person") for k, v in {**PERSON_SUFFIX_SENTENCES, **PERSON_NOUN_SENTENCES}.items()]))
def test_source_kinds(extract, entry, sentence, kind):
    (a,) = extract(sentence)
    assert a.source.kind == kind


@cases(BODY_NAME_HEAD_SENTENCES)
def test_it_stands_for_a_body_named_before(extract, entry, case):
    text, body = case
    said = extract(text)[-1]
    assert (said.source.text, said.source.name, said.source.kind) == ("It", body, "organization")


@cases(TITLE_NOUN_SENTENCES)
def test_titles_stand_for_the_person_named_before(extract, entry, case):
    (a,) = extract(case)
    assert (a.source.kind, a.source.name) == ("person", "Ana Ruiz")


@cases({**{k: (v, k, True) for k, v in ICD203_SENTENCES.items()},
        **{k: (v, k, False) for k, v in {**HEDGE_PHRASE_SENTENCES, **HEDGE_MODAL_SENTENCES}.items()}})
def test_hedges(extract, entry, case):
    sentence, hedge, banded = case
    (a,) = extract(sentence)
    assert a.hedge.lower() == hedge
    assert (a.hedge_probability == lexicon.ICD203.get(hedge)) and bool(a.hedge_probability) == banded


@cases(ABILITY_ADVERB_SENTENCES)
def test_could_of_ability_is_no_hedge(extract, entry, case):
    (a,) = extract(case)
    assert a.hedge is None
