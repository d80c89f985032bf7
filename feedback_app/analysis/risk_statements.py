"""Urgent phrases that say what someone intends, plans or is doing now: suicidal intent, a
method at hand, self-harm now, harm to others, abuse or neglect now.

Written in the present or future tense, as (reason, regular expression) pairs; risk.py decides
from the words around each match whether it is current, past, negated or general.
"""

from __future__ import annotations

from feedback_app.analysis.risk_phrases import (
    ACT,
    ACTING,
    DOSE,
    OTHERS,
    PEOPLE,
    PILLS,
    POSS,
    RECENT_DOSE,
    SELF,
)

STATEMENT_RULES: tuple[tuple[str, str], ...] = (
    (
        "current suicidal intent",
        rf"\b(?:want|wants|wanting|going|plan|plans|planning|intend|"
        rf"intends|ready|about|tempted|decided|determined|threaten|threatens|threatening|urges?|"
        rf"urge)\s+to\s+(?:just\s+)?{ACT}(?![\w-])",
    ),
    (
        "current suicidal intent",
        rf"(?:\b(?:will|would|shall)|'ll|'d)\s+(?:just\s+|probably\s+|end\s+up\s+)?"
        rf"(?!be\s+dead(?!\s+(?:by|before|tomorrow|tonight|soon|in\s+a))|not\s+be|"
        rf"end\s+it\s+(?:there|here|with|on|by\s+saying))(?:{ACT})(?![\w-])",
    ),
    (
        "current suicidal thoughts",
        rf"\b(?:thinking|think|thoughts|considering|contemplating|"
        rf"talking|talks|feel|feels|feeling|felt|threatening|threatens|urges?|planning|plan|plans)\s+"
        rf"(?:about|of|like|to|on)?\s*(?:just\s+|really\s+|seriously\s+)?{ACTING}(?![\w-])",
    ),
    (
        "wish to die",
        r"\b(?:want|wants|wanting|ready|deserve|deserves|wish\s+i\s+could|"
        r"wish\s+to|would\s+rather|'d\s+rather|longing)\s+(?:to\s+)?die\b"
        r"|\b(?:would|'d)\s+rather\s+(?:be\s+dead|not\s+be\s+(?:here|alive|around))",
    ),
    (
        "wish to die",
        r"\bwish(?:es)?\s+(?:i|he|she)\s+(?:was|were|could\s+be|had\s+been)\s+dead"
        r"|\bwish(?:es)?\s+(?:i|he|she)\s+(?:hadn't|had\s+not|didn't|did\s+not|wouldn't|never)\s+"
        r"(?:woken|woke|wake)\s+up|\bwish\s+i\s+(?:was|were|had)\s+never\s+(?:been\s+)?born"
        r"|\bwish\s+i\s+(?:wasn't|weren't|was\s+not)\s+(?:here|alive|born|around)"
        r"|\bhope\s+i\s+(?:don't|do\s+not|never)\s+wake\s+up|\bnever\s+want\s+to\s+wake\s+up",
    ),
    (
        "hopelessness",
        r"\b(?=c)(?<!\bit\s)(?<!\bthis\s)(?<!\bthat\s)(?<!\bthings\s)(?:can't|cannot|can\s+not)\s+(?:go\s+on|carry\s+on|keep\s+going|"
        r"do\s+(?:this|it)\s+any\s*more|take\s+(?:it|this|much)\s+(?:any\s*more|much\s+longer)|"
        r"take\s+any\s*more|live\s+like\s+this|face\s+(?:another\s+day|tomorrow|living))",
    ),
    (
        "hopelessness",
        r"\b(?:(?:don't|do\s+not|no\s+longer|doesn't|does\s+not)\s+(?:really\s+)?want|not\s+wanting)"
        r"\s+to\s+(?:live|be\s+alive|be\s+here(?!\s+(?:to|for|with|at|in|when|if)\b)|exist|"
        r"wake\s+up|carry\s+on|go\s+on|be\s+around|keep\s+going)(?!\s+(?:forever|with|like\s+this))",
    ),
    (
        "hopelessness",
        r"\bno\s+(?:point|reason|purpose)\s+(?:in\s+|to\s+)?(?:living|going\s+on|keep(?:ing)?\s+going|"
        r"go\s+on|carry\s+on|carrying\s+on|being\s+(?:alive|here|around)|live|life|existing|me\s+being\s+here)"
        r"|\bwhat(?:'s|\s+is)\s+the\s+point\s+(?:of|in)\s+(?:living|life|being\s+alive|going\s+on|"
        r"carrying\s+on|me\s+being\s+here|it\s+all)"
        r"|\bnothing\s+(?:left\s+)?to\s+live\s+for"
        r"|\b(?:isn't|is\s+not|'s\s+not|not|no\s+longer)\s+worth\s+living"
        r"|\b(?:don't|doesn't|do\s+not|does\s+not)\s+deserve\s+to\s+(?:live|be\s+alive|be\s+here)"
        r"|\b(?:urges?|desperate|want|wanting|need|needing)\s+to\s+cut\s+(?:it|this|the\s+pain)\s+out"
        r"|\b(?:urges?|desperate|want|wanting|need|needing)\s+to\s+cut(?=\s*(?:$|[.,!?]|again|so|is|"
        r"tonight|badly))"
        r"|\b(?:don't|do\s+not|can't|cannot)\s+see\s+(?:a|any)\s+(?:way\s+out|future|way\s+forward)"
        r"|\bwant\s+(?:it\s+all|everything|the\s+pain|my\s+life|all\s+of\s+this)\s+to\s+"
        r"(?:end|stop|be\s+over)|\bdon't\s+think\s+i\s+can\s+(?:go\s+on|carry\s+on|keep\s+going)"
        r"|\bhad\s+(?:enough\s+of|it\s+with)\s+(?:life|living|everything|it\s+all|being\s+alive)"
        r"|\b(?:there's|there\s+is|i've\s+got|i\s+have)\s+nothing\s+left(?=\s*(?:$|[.,!?]|for\s+me|to\s+live))"
        r"|\b(?:can't|cannot)\s+live\s+(?:with\s+(?:this|the|my)\s+(?:\w+\s+)?)?(?:any\s*more|no\s+more)"
        r"|\bdone\s+with\s+(?:life|living|everything|it\s+all|being\s+alive)"
        r"|\bwant\s+out(?=\s*(?:$|[.,!?]))|\bno\s+way\s+out\b(?!\s+of\b)|\bnothing\s+left\s+for\s+me"
        r"|\bwish\s+(?:it|everything|this|it\s+all)\s+would\s+(?:all\s+)?(?:end|stop)"
        r"|\b(?:tired|sick)\s+of\s+(?:living|life|being\s+alive|(?:fighting|trying|everything|it\s+all)"
        r"(?=\s*(?:$|[.,!?])))"
        r"|\b(?:don't|do\s+not|can't|cannot)\s+see\s+(?:the|any)\s+point(?=\s*(?:$|[.,!?]|any\s*more|"
        r"in\s+(?:living|life|anything|going\s+on|carrying\s+on|trying|being\s+here)))"
        r"|\bwhat(?:'s|s|\s+is)\s+the\s+point(?=\s*(?:$|[.,!?]|any\s*more|of\s+me))"
        r"|\b(?:can't|cannot|can\s+not)\s+cope(?=\s*(?:$|[.,!?]|any\s*more|no\s+more|with\s+(?:life|"
        r"anything|everything|it\s+all|living)))"
        r"|\b(?:can't|cannot|don't\s+think\s+i\s+can)\s+(?:last|hold\s+on|keep\s+this\s+up|keep\s+"
        r"fighting)\s+(?:much\s+)?(?:longer|any\s*more)"
        r"|\b(?:not\s+sure|don't\s+know\s+if|doubt)\s+(?:if\s+|whether\s+)?i'?ll\s+(?:still\s+)?be\s+"
        r"(?:here|alive|around)"
        r"|\b(?:i'm|i\s+am|i\s+feel(?:\s+like)?|feeling(?:\s+like)?|i've\s+become|(?:he|she)\s+feels"
        r"(?:\s+like)?)\s+(?:such\s+|just\s+)?(?:a|an\s+absolute|a\s+total)\s+burden\b"
        r"(?!\s+(?:asking|when\s+i\s+(?:ask|call|ring)|to\s+(?:ask|call|ring)|by\s+asking|calling|ringing))"
        r"|\b(?:don't|do\s+not)\s+think\s+i'?ll\s+(?:make\s+it|survive|last)\s+(?:to|through|till|"
        r"until|past)\b|\b(?:won't|will\s+not|not)\s+be\s+coming\s+back\b"
        r"|\b(?:won't|will\s+not|don't\s+think\s+i'll|don't\s+think\s+i\s+will)\s+be\s+"
        r"(?:alive|here|around)\s+(?:by|for|tomorrow|much\s+longer|next|in\s+the\s+morning|on|at|"
        r"after|this|come|when)\b(?![^.!?]{0,30}\b(?:holiday|away|working|as\s+i'm|because|appointment))"
        r"|\b(?:sleep|go\s+to\s+sleep|fall\s+asleep)\s+and\s+(?:never|not)\s+wake\s+up"
        r"|\b(?:nobody|no\s+one|no-one|noone|wouldn't|would\s+not|won't)\s+(?:would\s+|will\s+)?"
        r"(?:even\s+|really\s+)?(?:notice|care|miss\s+me)\s+if\s+i\b"
        r"|\b(?:i'm|i\s+am|am|is|he's|she's|they're|are)\s+(?:a\s+)?(?:real\s+|serious\s+)?"
        r"(?:danger|risk|threat)\s+to\s+(?:myself|himself|herself|themselves|others|other\s+people|"
        r"my\s+\w+|the\s+\w+)|\b(?:can't|cannot|can\s+not|unable\s+to|struggling\s+to|"
        r"(?:can't|cannot)\s+promise\s+(?:i'll|i\s+will|to)|not\s+sure\s+i\s+can|don't\s+know\s+if\s+i\s+can)"
        r"\s+(?:keep\s+(?:myself|himself|herself|themselves|him|her|them)|be|stay|feel)\s+safe",
    ),
    (
        "better off without them",
        r"\b(?:better|happier|easier)\s+(?:off\s+)?(?:for\s+everyone\s+)?(?:dead|gone|in\s+the\s+ground|"
        r"six\s+feet\s+under|without\s+(?:me|him|her)|"
        r"if\s+(?:i|he|she)\s+(?:was|were|wasn't|weren't)\s*(?:dead|gone|here|around)?|"
        r"when\s+i'?m\s+gone)"
        r"|\b(?:would|'d)\s+(?:all\s+)?be\s+better\s+off(?=\s*(?:$|[.,!?]))",
    ),
    (
        "preparations",
        rf"\b(?:stockpil\w+|hoard\w*|saving\s+up|saved\s+up|stashing|stashed|"
        rf"collected)\s+(?:all\s+)?(?:of\s+)?(?:my\s+|the\s+|some\s+|his\s+|her\s+)?{PILLS}"
        rf"|\b(?:{PILLS}|rope|ligature|knife|blade|razor)\s+(?:are\s+|is\s+)?(?:still\s+)?(?:ready|lined\s+up|"
        rf"here|on\s+the\s+(?:side|table|bed)|"
        rf"in\s+front\s+of\s+me|next\s+to\s+me|in\s+my\s+hand)"
        rf"|\b(?:bought|got|have|buying)\s+(?:a\s+|some\s+|the\s+)?(?:rope|ligature|razor\s+blades)"
        rf"|\bblade\s+in\s+my\s+hand|\b(?:i|he|she|they)(?:\s+has|\s+have|'s\s+got|'ve\s+got|\s+has\s+got|"
        rf"\s+have\s+got)\s+a\s+plan\b(?!\s+for)|\b(?:the\s+)?date\s+is\s+set\b|\ba\s+plan\s+for\s+(?:tonight|tomorrow|(?:mon|tues|wednes|"
        rf"thurs|fri|satur|sun)day|the\s+weekend)\b(?!'?s?\s+(?:appointment|visit|review|discharge|"
        rf"meeting))|\b(?:set|picked|chosen|chose)\s+a\s+date\b"
        rf"|\benough\s+(?:\w+\s+)?{PILLS}\s+(?:saved|stashed|stockpiled|hidden|put\s+away|to\s+(?:do\s+it|"
        rf"kill|end|die))|\b{PILLS}\s+(?:saved\s+up|stashed|stockpiled|hidden\s+away)"
        rf"|\bhose\s*pipe\b|\b(?:car|exhaust)\b[^.!?]{{0,40}}\bhose\b|\bhose\b[^.!?]{{0,40}}\b(?:car|exhaust)\b"
        rf"|\b(?:know|decided|worked\s+out|picked|chosen|chose)\s+(?:where|when|how)\s+(?:i'm|i\s+am|i'll|"
        rf"i\s+will|he's|she's|he'll|she'll)\s+(?:going\s+to\s+)?do\s+it\b|\bengine\s+running\b(?!\s+(?:to|so|for)\b)"
        rf"|\b(?:with|holding|has|have|got)\s+(?:a|the|his|her|my)\s+(?:belt|rope|cord|ligature|noose|"
        rf"dressing\s+gown\s+cord)\b|\b(?:says|saying|said)\s+(?:he's|she's|they're|i'm)\s+done\b"
        rf"|\b(?:sat|sitting|stood|standing|here|lying)(?:\s+\w+){{0,3}}?\s+with\s+(?:a|the|my|his|her)\s+"
        rf"(?:knife|blade|razor|"
        rf"rope|belt|ligature|gun|{PILLS})"
        rf"|\b(?:research\w*|looking\s+up|looked\s+up|googl\w+|search\w*)\s+(?:ways|how|methods)\s+"
        rf"to\s+(?:do\s+it|die|kill|end|overdose|hang|take)|\bways\s+to\s+(?:kill\s+{SELF}|die)"
        rf"|\bhow\s+many\s+(?:\w+\s+)?{PILLS}\s+(?:it\s+)?(?:would\s+)?(?:take|kill|it\s+takes)"
        rf"|\b(?:texted|messaged|text|message|posted|rang|phoned|called)\s+(?:me\s+|us\s+)?"
        rf"(?:saying|to\s+say)\s+goodbye|\bgoodbye\s+(?:text|message|letter|note|voicemail|call)"
        rf"|\b(?:saying|said|says)\s+(?:his\s+|her\s+|my\s+)?goodbyes?\s+to\s+(?:everyone|people|us|me|family|"
        rf"friends|the\s+family)|\b(?:nearly|almost)\s+(?:did|done|went\s+through\s+with)\s+it\b"
        rf"|\b(?:texted|messaged|text|message|note|letter|voicemail|rang)\b[^.!?]{{0,30}}sorry\s+for\s+"
        rf"everything|\b(?:his|her|their)\s+phone(?:'s|\s+is|\s+has\s+been)\s+(?:off|switched\s+off|dead)"
        rf"|\b(?:i've|i\s+have)\s+(?:already\s+)?said\s+(?:my\s+)?goodbyes?|\b(?:engine|car)\s+running\s+in\s+(?:the|a)\s+garage"
        rf"|\b(?:voices?|my\s+head|my\s+mind|something|a\s+voice)\s+(?:(?!had\b|was\b|were\b)\w+\s+){{0,2}}"
        rf"(?:telling|tell|"
        rf"tells|saying|say|says|ordering|orders)\s+(?:me|him|her|them)?\s*(?:that\s+)?(?:to\s+|i\s+should\s+|"
        rf"he\s+should\s+|she\s+should\s+|i\s+must\s+)(?:{ACT}|kill|hurt|harm|die|jump|stab|attack|do\s+it)"
        rf"|\b(?:i|he|she)\s+(?:should|might\s+as\s+well|may\s+as\s+well)\s+(?:just\s+)?(?:die|be\s+dead|"
        rf"{ACT})"
        rf"|\b(?:planning|plan|planned|imagining|thinking\s+about|fantasi[sz]ing\s+about|picturing|"
        rf"dreaming\s+about)\s+(?:my|his|her)\s+(?:own\s+)?"
        rf"(?:death|suicide|funeral)|\baccess\s+to\s+(?:a\s+|his\s+|her\s+|my\s+|the\s+|\w+'s\s+)?"
        rf"(?:guns?|firearms?|shotguns?)|\b(?:can|canister|bottle|jerry\s+can)\s+of\s+petrol"
        rf"|\b(?:drank|drunk|drinking|swallowed|taken|took|ingested)\s+(?:some\s+)?(?:bleach|"
        rf"anti-?freeze|weed\s*killer|poison|cleaning\s+(?:fluid|products?)|batteries|screen\s*wash)"
        rf"|\b(?:is|he's|she's|they're|are)\s+(?:now\s+)?(?:unconscious|unresponsive|not\s+breathing)"
        rf"|\b(?:can't|cannot)\s+wake\s+(?:him|her|them)|\bempty\s+(?:pill\s+|tablet\s+)?(?:packets|"
        rf"blister\s+packs|boxes|bottles)\b"
        rf"|\b(?:planning|planned|plan|worked\s+out|working\s+out|figured\s+out|thinking\s+about|"
        rf"wondering|think\s+about|researching)\s+how\s+(?:to|"
        rf"i'd|i\s+would|i'll|i\s+will|i'm\s+going\s+to)\s+(?:do\s+it|die|end\s+it|kill\s+{SELF})"
        rf"|\b(?:tonight|today)\s+(?:is|'s)\s+the\s+(?:night|day)\b|\bthis\s+is\s+goodbye"
        rf"|\b(?:locked|barricaded)\s+(?:him|her|my|them)sel(?:f|ves)\s+in"
        rf"|\bgiving\s+(?:away\s+(?:all\s+)?(?:my|his|her)\s+(?:things|stuff|possessions|belongings)"
        rf"|(?:all\s+)?(?:my|his|her)\s+(?:\w+\s+)?\w+\s+away)"
        rf"|\bplan\s+and\s+(?:the\s+)?means|\b(?:said|saying)\s+(?:my|our)\s+goodbyes"
        rf"|\b(?:written|wrote|writing|left|leaving)\s+(?:a\s+|my\s+)?(?:suicide\s+|goodbye\s+)?"
        rf"note\s+(?:for|to)\s+(?:my|the)\s+(?:kids|children|family|son|daughter|wife|husband|"
        rf"partner|mum|dad|parents)|\b(?:suicide|goodbye)\s+note",
    ),
    (
        "at a dangerous place",
        r"\b(?:i'm|i\s+am|he's|he\s+is|she's|she\s+is|they're|they\s+are|is|are|"
        r"standing|sat|sitting|stood|perched|climbed|climbing|been)\s+(?:up\s+)?(?:on|at|by|near|over|onto|up)\s+"
        r"(?:the\s+|a\s+)?"
        r"(?:(?:edge|top|end|side)\s+of\s+(?:the\s+|a\s+)?|wrong\s+side\s+of\s+(?:the\s+)?)?(?:\w+\s+)?"
        r"(?:bridge|cliff|cliff\s*top|roof|rooftop|ledge|railway|tracks|train\s+line|pier|viaduct|flyover|"
        r"balcony|multi[- ]?stor[e]?y|car\s+park|tower\s+block|railings?|platform\s+edge|canal|"
        r"river|riverbank|lake|reservoir|quarry|harbour|docks|sea\s+wall|water's\s+edge)",
    ),
    (
        "overdose now",
        rf"\b(?:i've|i\s+have|he's|she's|he\s+has|she\s+has|they've|they\s+have|"
        rf"has|have)\s+(?:just\s+|already\s+)?(?:taken|swallowed)\s+{DOSE}"
        rf"|\b(?:took|taken|swallowed)\s+(?:{DOSE}|{RECENT_DOSE})\s+(?:about\s+)?(?:an?\s+hour\s+ago|"
        rf"half\s+an\s+hour\s+ago|\d+\s+(?:mins?|minutes|hours?)\s+ago|tonight|today|this\s+morning|"
        rf"just\s+now)|\bjust\s+(?:took|taken|swallowed)\s+{DOSE}"
        rf"|\b(?:took|swallowed|downed)\s+(?!an?\s+(?:overdose|od)\b){DOSE}"
        rf"(?!\s+(?:to|away|with|into|off|out|for|in\s+a\s+bag)\b)"
        rf"|\b(?:has|have|'s|'ve)\s+(?:just\s+)?(?:taken|swallowed)\s+(?:some\s+|a\s+lot\s+of\s+)?"
        rf"(?:pills|tablets|something|everything|the\s+lot|all\s+(?:of\s+)?(?:it|them))\b"
        rf"|\b(?:tried|attempted)\s+(?:to\s+)?(?:kill|hang|end|take|suicide|overdose|jump)\w*"
        rf"(?=[^.!?]*\b(?:last\s+night|tonight|today|this\s+morning|just\s+now|an?\s+hour\s+ago)\b)",
    ),
    (
        "self-harm or an attempt just now",
        rf"\b(?:cut|burnt|burned|hurt|harmed|slashed|scratched|overdosed|hanged|strangled)\s+"
        rf"(?:{SELF}|(?:my|his|her|their)\s+(?:arms?|legs?|wrists?|skin|body|thighs?))"
        rf"(?=[^.!?]*\b(?:again|last\s+night|tonight|today|this\s+(?:morning|evening|afternoon)|"
        rf"earlier|just\s+now|an?\s+hour\s+ago|minutes\s+ago)\b)"
        rf"|\b(?:holding|clutching)\s+(?:a\s+|the\s+|my\s+)?(?:bottle|box|packet|handful)\s+of\s+"
        rf"(?:\w+\s+)?{PILLS}"
        rf"|\b(?:i've\s+got|i\s+have|i've|got|holding|bought|have|with)\s+(?:\w+\s+){{0,6}}?"
        rf"(?:all\s+(?:of\s+)?(?:my|his|her|their|the|\w+'?s)\s+(?:\w+\s+)?{PILLS}"
        rf"|(?:bottle|box|boxes|packet|packets|handful|stash)\s+of\s+(?:\w+\s+)?{PILLS})"
        rf"(?=[^.!?]*\b(?:sat|sitting|here|ready|now|tonight|in\s+front|next\s+to|as\s+i\s+(?:type|write)))",
    ),
    (
        "self-harm now",
        rf"\b(?:keep|keeps|still|started|starting|start|been|am|i'm|is|he's|she's|are|"
        rf"currently|constantly)\s+(?:self[- ]?harming|(?:cutting|burning|hurting|harming|"
        rf"scratching|hitting)\s+(?:{SELF}|again|every|{POSS}\s+(?:arms?|legs?|wrists?|skin|"
        rf"body|head)))|\b(?:i|he|she|they)\s+(?:still\s+)?self[- ]?harms?\b"
        rf"|\b(?:self[- ]?harming|cutting)\s+again"
        rf"|\b(?:i've|i\s+have|he's|she's|he\s+has|she\s+has)\s+(?:just\s+)?(?:cut|burnt|burned|"
        rf"hurt|harmed)\s+{SELF}|\b(?:has|have|'s|'ve|just)\s+(?:just\s+)?(?:cut|slashed|slit)\s+"
        rf"(?:my|his|her|their)\s+(?:wrists?|arms?|throat|legs?)",
    ),
    (
        "intent to harm others",
        rf"\b(?:i'm|i\s+am|i'll|i\s+will|want\s+to|going\s+to|"
        rf"i\s+feel\s+like|urges?\s+to|(?:thoughts?|images?|pictures?|urges?|impulses?|visions?)"
        rf"(?:\s+in\s+my\s+head)?\s+(?:of|about)|thinking\s+(?:of|about)|imagining|picturing|"
        rf"fantasi[sz]ing\s+about|dreaming\s+(?:of|about))\s+(?:\w+\s+and\s+|end\s+up\s+)?"
        rf"(?:kill|killing|hurt|hurting|harm|harming|stab|stabbing|strangle|strangling|attack|"
        rf"attacking|batter|battering|shoot|shooting|smother|smothering)\s+{OTHERS}",
    ),
    (
        "threats of violence",
        rf"\b(?:threaten(?:s|ing|ed)?)\s+(?:to\s+)?(?:[\w']+\s+){{0,5}}?(?:kill|hurt|stab|harm|beat|"
        rf"batter|strangle|attack)\s+(?:{OTHERS}|{PEOPLE})|\b(?:keeps?\s+|is\s+|are\s+|and\s+)threatening\s+"
        rf"(?:me|us|her|him|the\s+kids|my\s+\w+)"
        rf"|\b(?:he|she|they)(?:'ll|\s+will|'d|\s+would|'s\s+going\s+to|\s+is\s+going\s+to)\s+(?:kill|hurt|"
        rf"stab|harm|beat|finish)\s+(?:me|us|anyone|someone|her|him|them|the\s+kids|(?:my|his|her|their)\s+\w+)"
        rf"(?!\s+(?:for|when\s+(?:he|she|they)\s+(?:sees?|reads?|finds?))\b)"
        rf"|\b(?:he|she|they)(?:\s+has|\s+have|'s\s+got|\s+has\s+got|'ve\s+got|\s+is\s+holding|'s\s+holding|"
        rf"is\s+waving|is\s+carrying)\s+(?:a\s+)?(?:knife|knives|weapon|gun|machete|blade|hammer)\b"
        rf"|\b(?:been|being|is|gets|getting)\s+violent\s+(?:again|tonight|today|towards\s+(?:me|us|"
        rf"the\s+kids|the\s+children|her|him))|\b(?:i'm|we're|i\s+am|we\s+are)\s+hiding\s+(?:from|in)\b"
        rf"|\b(?:smashing|wrecking|trashing)\s+(?:the|our|my)\s+(?:house|flat|home|place)",
    ),
    (
        "abuse or neglect now",
        r"\b(?:hits|is\s+hitting|beats|is\s+beating|hurts|is\s+hurting|"
        r"abuses|is\s+abusing|punches|kicks|chokes|strangles|rapes|touches|is\s+touching|"
        r"keeps\s+hitting|keeps\s+hurting|has\s+been\s+(?:hitting|hurting|abusing|touching|beating))"
        rf"\s+{PEOPLE}"
        rf"|\b(?:strangled|choked|hit|beat|punched|kicked|raped|assaulted|attacked|stabbed|battered|"
        rf"grabbed|pushed|shoved|slapped|smacked|dragged|threw|pinned|bit|burnt|burned|throttled|"
        rf"threatened)\s+{PEOPLE}(?=[^.!?]*\b(?:last\s+night|tonight|today|this\s+morning|yesterday|"
        rf"again|just\s+now|an?\s+hour\s+ago|this\s+week|twice|every)\b)"
        rf"|\b(?:has|have|'s|'ve)\s+(?:just\s+|again\s+)?(?:been\s+)?(?:strangled|choked|hit|beaten|punched|kicked|raped|"
        rf"assaulted|attacked|stabbed|battered|threatened)\s+{PEOPLE}"
        r"|\b(?:being|getting)\s+(?:abused|hit|beaten|neglected|groomed|exploited|assaulted|raped|"
        r"hurt|starved|trafficked)\b|\bnot\s+being\s+(?:fed|looked\s+after)"
        r"|\b(?:taking|stealing|takes|steals|took|stole)\s+(?:all\s+(?:of\s+)?)?(?:his|her|my|their)\s+"
        r"(?:money|pension|benefits|"
        r"bank\s+card)"
        r"|\b(?:don't|do\s+not)\s+feel\s+safe\b"
        r"|\b(?:kids|children|child|baby|toddler|year\s+olds?|yr\s+olds?|little\s+ones|grandchildren)\b"
        r"[^.!?]{0,60}?\b(?:left|leaves|leaving)\s+(?:home\s+)?(?:alone|on\s+(?:their|his|her|our)\s+own|"
        r"unsupervised)|\b(?:leaves|left|leaving)\s+(?:the\s+|her\s+|his\s+|my\s+)?(?:kids|children|"
        r"baby|toddler)\s+(?:home\s+)?(?:alone|on\s+their\s+own|unsupervised)"
        r"|\bnot\s+safe\s+(?:at\s+home|with\s+(?:him|her|them|my)|to\s+go\s+home|in\s+(?:my|the|our)"
        r"\s+(?:own\s+)?(?:home|house|flat))|\b(?:i'm|i\s+am|we're|we\s+are)\s+not\s+safe\b"
        r"|\b(?:i'm|i\s+am|i\s+feel|she's|he's|she\s+is|he\s+is|they\s+are|we\s+are|we're)\s+"
        r"(?:so\s+|really\s+|too\s+)?(?:scared|afraid|frightened|terrified)\s+(?:to\s+go\s+home|"
        r"of\s+(?:him|her|my\s+(?:partner|husband|boyfriend|dad|father|stepdad|ex|son|mum|wife|"
        r"carer))|for\s+(?:my|our|the)\s+(?:life|lives|safety|kids|children))"
        r"|\b(?:too\s+)?(?:scared|afraid|frightened|terrified)\s+to\s+(?:leave|go\s+home|tell\s+anyone|"
        r"call\s+the\s+police|report\s+(?:it|him|her))|\b(?:is|keeps|he's|she's)\s+(?:so\s+)?"
        r"controlling\s+(?:me|her|him|them|my\s+\w+)"
        r"|\b(?:children|kids|baby|toddler|son|daughter|grandchildren)\s+(?:is|are)\s+"
        r"(?:at\s+risk|in\s+danger|not\s+safe|unsafe)"
        r"|\b(?:said|saying|says|threatening|threatened|talking|talks)\s+(?:about\s+)?(?:some\s+)?"
        r"(?:scary|frightening|worrying|horrible|awful|dark|sick)\s+(?:stuff|things)\s+about\s+"
        r"(?:the\s+|my\s+|our\s+|his\s+|her\s+)?(?:kids|children|baby|them|hurting|killing)\b"
        # a safeguarding concern nobody has acted on: "no safeguarding referral made yet"
        r"|\bno\s+(?:sign|evidence|record)?\s*(?:that\s+|of\s+)?(?:a\s+|any\s+)?safeguarding\s+"
        r"(?:referral|alert|concern)s?\s+(?:has\s+been\s+|had\s+been\s+|was\s+|were\s+)?"
        r"(?:made|raised|done|sent|put\s+in)"
        r"|\bsafeguarding\s+(?:referral|alert)\s+(?:wasn't|was\s+not|hasn't\s+been|has\s+not\s+been|"
        r"never|not)\s+(?:been\s+)?(?:made|raised|done|sent)",
    ),
)
