"""Urgent phrases for indirect signs of risk, each kind seen in feedback written by people who
never saw these rules: the rounds of new labelled feedback and the blind risk sets. Pairs of
(reason, regular expression) like risk_signals.py, read by risk.py after those.
"""

from __future__ import annotations

from feedback_app.analysis.risk_phrases import PILLS

INDIRECT_RULES: tuple[tuple[str, str], ...] = (
    (
        "preparations",
        rf"\b(?:i've|i\s+have|i|he's|he\s+has|he|she's|she\s+has|she|they've|they)\s+(?:already\s+)?"
        rf"(?:picked|chosen|chose|set|decided\s+on)\s+(?:the\s+|a\s+)?(?:date|day|night|monday|tuesday|"
        rf"wednesday|thursday|friday|saturday|sunday|tonight|tomorrow)\b|\bi've\s+got\s+(?:everything|what)\s+i\s+need\b"
        rf"|\bhow\s+many\s+(?:of\s+)?(?:[\w']+\s+){{0,2}}would\s+be\s+(?:too\s+many|enough|fatal|lethal)"
        rf"|\b(?:pile|photo|picture|heap)\s+of\s+(?:\w+\s+)?{PILLS}"
        rf"|\bwith\s+a\s+bottle\s+of\s+\w+\s+and\s+(?:his|her|my|the|their)\s+{PILLS}"
        rf"|\b(?:saying|says|said)\s+(?:it's|it\s+is|its)\s+(?:tonight|today)\b"
        rf"|\b(?:tonight|today)\s+feels\s+different\b|\bparked\s+up\s+somewhere\s+(?:quiet|remote|dark)"
        rf"|\bwalked\s+(?:out\s+)?(?:further|too\s+far)\b"
        rf"|\b(?:saying|says|said|keeps\s+saying|threatening)\s+(?:she's|he's|i'm|they're)\s+going\s+to\s+"
        rf"do\s+it\b|\bcan't\s+stop\s+(?:cutting|harming|self[- ]?harming|scratching|burning)\b"
        rf"|\b(?:rung|rang|called|phoned|texted|messaged|(?:writing|typing)\s+this)\s+(?:me\s+|us\s+)?"
        rf"from\s+(?:the\s+|a\s+)?"
        rf"(?:\w+\s+)?(?:bridge|cliff\s*top|cliffs?|roof|rooftop|railway|tracks|viaduct|pier|beach)\b"
        rf"|\bstopped\s+(?:taking\s+)?(?:my|his|her)\s+(?:\w+\s+)?(?:tablets|meds|medication|insulin)\b"
        rf"[^.!?]{{0,40}}\bwhatever\s+happens"
        rf"|\b(?:i've|i\s+have|i)\s+got\s+everything\s+(?:ready|in\s+place|set\s+up|planned)\b"
        rf"|\b(?:got|have|kept)\s+the\s+rest\s+of\s+(?:the|my|his|her)\s+(?:box|boxes|packets?|{PILLS}|"
        rf"prescription)\b|\b(?:got|get|getting|put|laid|lined)\s+(?:all\s+)?(?:the|my|his|her)\s+"
        rf"(?:tablets|pills|meds)\s+out\b|\bsaved\s+(?:up\s+)?enough\b"
        rf"|\b(?:working\s+out|worked\s+out|looking\s+up|looked\s+up|googl\w+|checking)\s+(?:what|how\s+"
        rf"much|how\s+many|which)\s+(?:[\w']+\s+){{0,6}}(?:would\s+)?(?:do\s+it|kill|be\s+enough|be\s+"
        rf"fatal|be\s+lethal)",
    ),
    (
        "means or a dangerous place",
        # a high or dangerous place dwelt on, or waited at: "thinking about the motorway bridge
        # again", "up on the top floor of the car park again"
        r"\b(?:thinking|think|thought|dreaming)\s+(?:about|of)\s+(?:the|that)\s+(?:\w+\s+){0,2}?"
        r"(?:bridge|railway|train\s+line|tracks|level\s+crossing|motorway|cliffs?|river|canal|"
        r"viaduct|multi[- ]?stor[e]?y|top\s+floor)\b(?=[^.!?]{0,40}\b(?:again|all\s+(?:week|day|"
        r"night)|near|tonight|every|keep|lately|a\s+lot)\b|\s*(?:again|near)\b)"
        # up there now ("up on the top floor of the car park again"), or sat waiting up there
        r"|\b(?:on|up\s+on|at)\s+(?:the\s+)?(?:top\s+(?:floor|level|deck)|roof)\s+of\s+(?:the|a)\s+"
        r"(?:\w+\s+)?(?:car\s+park|multi[- ]?stor[e]?y)\b"
        r"(?=[^.!?]{0,40}\b(?:again|now|nobody|tonight)\b|\s*$)"
        r"|\b(?:sat|sitting|standing|stood)\s+(?:\w+\s+){0,4}?(?:on|up\s+on|at)\s+(?:the\s+)?"
        r"(?:top\s+(?:floor|level|deck)|roof)\s+of\s+(?:the|a)\s+(?:\w+\s+)?"
        r"(?:car\s+park|multi[- ]?stor[e]?y)\b"
        r"|\b(?:get|getting|got)\s+in\s+(?:the|my)\s+car\s+and\s+(?:just\s+)?(?:not|never)\s+"
        r"(?:stop|stopping|coming\s+back)\b"
        r"|\bgoing\s+back\s+(?:there\s+)?(?:tomorrow|tonight|later|next\s+week)\s+to\s+finish\b"
        r"|\blook(?:ed|ing|s)?\s+(?:down\s+)?(?:at|over\s+at)\s+the\s+drop\b"
        r"|\b(?:pipe|hose\w*|tube)\s+(?:and|n|&)\s+(?:the\s+)?(?:tape|gaffer)\b"
        r"|\bhose\w*\s+(?:to|on|into|onto)\s+the\s+exhaust\b",
    ),
    (
        "farewell or final arrangements",
        r"\bwho\s+gets\s+what\b|\bmade\s+(?:my|his|her|their)\s+peace\b|\blast\s+post\b"
        r"|\b(?:love|luv)\s+(?:you|u|ya)\s+all\W+(?:\w+\W+){0,2}sorry\b"
        r"|\b(?:won't|will\s+not|wont)\s+(?:need|be\s+needing)\s+(?:you|anyone|anybody)\s+"
        r"(?:after|beyond|past)\s+(?:this|tonight|today|tomorrow|the\s+weekend)\b"
        r"|\b(?:won't|will\s+not|wont)\s+be\s+needing\s+(?:it|them|that|the\s+\w+|my\s+\w+"
        r"|(?:anyone|anybody|anything|you|help)\s+(?:after|by|from|beyond)\b)\b"
        r"|\blast\s+thing\s+(?:i'll|i\s+will)\s+(?:ever\s+)?(?:write|say|do|send)\b"
        r"|\barranged\s+for\s+(?:\w+\s+){1,3}to\s+(?:have|take|look\s+after|feed|keep)\s+(?:the|my)\s+"
        r"(?:fish|dog|cat|pets?|rabbit|budgie|hamster|kids|children)\b"
        r"|\b(?:cleared|clearing)\s+out\s+(?:his|her|their|my)\s+(?:flat|room|house)\b"
        r"|\bpaid\s+(?:his|her|my|their)\s+rent\s+up\b|\blife\s+insurance\b[^.!?]{0,80}\bpays?\s+out\b"
        r"|\bmake\s+sure\s+(?:someone|somebody|\w+)\s+(?:feeds|walks|looks\s+after|takes)\s+"
        r"(?:the|my|his|her)\s+(?:fish|dog|cat|pets?|rabbit|budgie|hamster)\b"
        r"|\bfound\s+a\s+note\b[^.!?]{0,60}\b(?:addressed\s+to|for)\s+(?:the\s+|my\s+)?(?:kids|"
        r"children|family|me|us)\b|\btell\s+\w+\s+(?:i'm|i\s+am)\s+sorry\b"
        r"|\b(?:i'm|i\s+am)\s+done\s+after\s+(?:tonight|today|this)\b"
        r"|\b(?:i've|i\s+have)\s+(?:now\s+)?written\s+(?:the|my)\s+letters\b(?!\s+(?:of|to\s+the|"
        r"about|for\s+the))",
    ),
    (
        "current suicidal intent",
        # "easier not to be here", "someone to talk me out of it", "how much longer i can hold on"
        r"\b(?:easier|better|simpler)\s+(?:just\s+)?(?:not\s+to\s+be|to\s+not\s+be|not\s+being)\s+"
        r"(?:here|around|alive)\b"
        r"|\b(?:(?:someone|somebody|anyone|anybody)\s+to\s+)?talk\s+(?:me|him|her)\s+out\s+of\s+"
        r"(?:it|doing\s+it)\b"
        r"|\b(?:(?:not\s+sure|don't\s+know|do\s+not\s+know|no\s+idea)\s+)?how\s+(?:much\s+)?longer\s+(?:i|he|she)\s+can\s+(?:hold\s+on|keep\s+going|go\s+on|last)\b"
        r"|\b(?:can't|cannot)\s+(?:hold\s+on|keep\s+going|go\s+on)\s+(?:much\s+)?(?:longer|any\s*more)\b"
        r"|\b(?:i've|i\s+have)\s+(?:got\s+)?(?:everything|it\s+all|them\s+all)\s+(?:lined\s+up|laid\s+out)"
        r"|\bfinish\s+(?:what\s+(?:i|he|she|they)\s+started|it\s+for\s+(?:good|both\s+of\s+us)"
        r"|(?:it|it\s+all|myself|things)\s+(?:tonight|today|tomorrow|this\s+(?:week|weekend))|myself\s+off)\b"
        r"|\b(?:i|he|she)\s+(?:won't|will\s+not|wont)\s+last\s+(?:\d+\s+\w+|much\s+longer|that\s+long|"
        r"till|until|the\s+(?:week|weekend|night))"
        r"|\b(?:would|'d)\s+(?:manage|cope|be\s+fine|do\s+fine)\s+(?:fine\s+|better\s+)?without\s+"
        r"(?:me|him|her)\b",
    ),
    (
        "intent to harm others",
        r"\bmake\s+(?:him|her|them)\s+stop\s+for\s+good\b|\babout\s+stopping\s+(?:her|him|them)\b"
        r"|\bfinish\s+(?:him|her|them)\s+off\b|\bfinish\s+off\s+(?:his|her|their|my|the)\s+(?:neighbour|"
        r"wife|husband|partner|ex|mum|dad|mother|father|brother|sister|boss|landlord|girlfriend|boyfriend)"
        r"|\bif\s+(?:nobody|no\s+one|you\s+don't|they\s+don't|the\s+police\s+don't)\s+(?:\w+\s+){0,3}"
        r"(?:him|her|them)\s+(?:out\s+)?(?:i\s+will|i'll)\b",
    ),
    (
        "abuse or neglect now",
        # coercive control: "keeps her bank card and locks the door when he goes out"
        r"\blocks?\s+(?:her|him|me|them)\s+in\b(?!\s+(?:the\s+)?(?:car|ambulance|room\s+with))"
        r"|\blocks\s+the\s+door\s+(?:when|whenever)\s+(?:he|she)\s+(?:goes|leaves|is\s+out)\b"
        r"|\b(?:kids|children|child|baby|babies|toddlers?|twins)\b[^\n]{0,160}\b(?:no|not\s+in\s+a|in\s+no)\s+"
        r"fit\s+state\b"
        r"|\b(?:no|not\s+in\s+a|in\s+no)\s+fit\s+state\b[^.!?]{0,120}\b(?:kids|children|child|baby|babies|toddlers?)\b"
        r"|\b(?:children|kids|child|baby|toddler)\b[^.!?]{0,80}\bno\s+other\s+adult\b"
        r"|\bbaby\s+(?:isn't|is\s+not)\s+(?:hers|his|theirs)\b"
        # a parent's delusion about a child in their care: "he needs to save her from the devil"
        r"|\b(?:save|protect|rescue|cleanse|free)\s+(?:her|him|them|the\s+(?:kids|children|baby)|"
        r"(?:my|our|his|her)\s+\w+)\s+from\s+(?:the\s+)?(?:devil|demons?|evil|satan|spirits?)\b"
        # a parent speaking of taking the children with her; a baby not fed
        r"|\btake\s+(?:them|the\s+(?:kids|children|baby|boys|girls)|(?:my|her|his)\s+(?:kids|children|"
        r"baby))\s+with\s+(?:her|him|me|them)\b"
        r"|\b(?:isn't|is\s+not|not|hasn't\s+been|stopped|isnt)\s+feeding\s+(?:(?:the|my|her|his|"
        r"their)\s+(?:baby|kids|children)\b|(?:him|her|them)\b(?=[^.!?]{0,40}\b(?:months?|baby|"
        r"toddler)\b))"
        # children left with nobody: "3 children at the property, no adult present"
        r"|\b(?:children|kids|child|baby|babies|toddlers?)\b[^\n]{0,120}\bno\s+(?:adult|adults|parent|"
        r"grown[- ]ups?)\s+(?:present|there|at\s+home|in\s+the\s+(?:house|flat|property))",
    ),
    # Seen in a fourth blind risk set (risk_blind4.jsonl).
    (
        "wish to die",
        r"\b(?:donate|donating)\s+(?:my|your|his|her)\s+organs\b[^.!?]{0,40}\b(?:do\s+it\s+(?:yourself|"
        r"myself)|kill|suicide|end\s+it)"
        r"|\b(?:want|wants|wanted|wanting)\s+to\s+be\s+with\s+(?:my\s+|his\s+|her\s+)?(?:mum|mam|dad|"
        r"wife|husband|son|daughter|brother|sister|nan|gran|grandad)\b[^\n]{0,40}\b(?:passed|died|dead|"
        r"grave|funeral)",
    ),
    (
        "farewell or final arrangements",
        r"\b(?:gave|given|giving)\s+away\s+(?:my|all\s+my|his|her|all\s+(?:his|her))\s+(?:\w+\s+){0,4}?"
        r"(?:today|yesterday|this\s+week|now)\b",
    ),
    (
        "abuse or neglect now",
        r"\b(?:kids|children|child|baby|toddlers?)\b[^\n]{0,80}\bon\s+(?:their|his|her)\s+own\b[^\n]{0,120}"
        r"\b(?:drinking|drunk|passed\s+out|high|off\s+(?:her|his)\s+face)\b",
    ),
    # Seen in a sixth round of new labelled feedback.
    (
        "current suicidal intent",
        r"\b(?:don't|do\s+not)\s+plan\s+on\s+(?:being|still\s+being)\s+(?:around|here|alive)\b"
        r"|\b(?:not\s+sure|don't\s+think)\s+i\s+can\s+hold\s+on\s+(?:till|until|much|that\s+long|any)"
        r"|\b(?:she'd|he'd|she'll|he'll|she\s+would|he\s+would|she\s+will|he\s+will)\s+sort\s+it\s+"
        r"(?:out\s+)?(?:herself|himself)\b",
    ),
    (
        "abuse or neglect now",
        r"\b(?:kids|children|child|baby|granddaughter|grandson|toddler|\d+\s*(?:yo|year\s+old))\b"
        r"[^\n]{0,200}\bleft\s+(?:the\s+two\s+of\s+them|the\s+(?:kids|children|baby|child)|them|her|him)"
        r"\s+(?:on\s+(?:their|her|his)\s+own|alone)\b"
        r"|\bchild\s+(?:remains|is\s+still|still\s+lives)\s+(?:in|at)\s+(?:that|the)\s+(?:household|"
        r"house|home|address)\b",
    ),
    # Seen in a third fresh set (risk_blind3.jsonl), written by people who never saw these rules.
    (
        "current suicidal intent",
        r"\b(?:i'm|i\s+am|going\s+to|gonna)\s+(?:going\s+to\s+)?do\s+it\s+(?:tonight|today|now|later|"
        r"after\s+(?:tea|work|dinner|school)|this\s+(?:time|weekend|week)|when|before)\b"
        r"|\bby\s+the\s+time\s+(?:they|you|anyone|anybody|the\s+\w+)\s+(?:get|gets|arrive|arrives)\s+"
        r"(?:here|there)\s+(?:it'll|it\s+will|i'll|i\s+will)\s+be\s+(?:done|over|gone|dead|too\s+late)"
        r"|\b(?:don't|do\s+not|no\s+need\s+to)\s+bother\s+sending\s+(?:anyone|anybody|an\s+ambulance|"
        r"the\s+car|help)\b"
        r"|\b(?:cba|can't\s+be\s+bothered)\s+(?:with|wiv|wi)\s+(?:life|living)\b",
    ),
    (
        "means or a dangerous place",
        r"\b(?:standing|stood|sat|sitting|waiting)\s+on\s+the\s+(?:platform|edge|ledge|railings|"
        r"parapet)\b[^\n]{0,80}\b(?:train|jump|drop|minutes)\b"
        r"|\b(?:next|fast|last)\s+train\s+(?:comes|is\s+due|goes|passes)\s+through\b"
        r"|\bdrive\s+(?:off|into)\s+(?:the\s+|a\s+)?(?:a\d+|m\d+|bridge|cliff|quarry|motorway|"
        r"wall|tree|lorry|sea|river|reservoir)\b"
        r"|\b(?:picked|chosen)\s+(?:the|a)\s+(?:tree|spot|place|bridge|branch|beam|"
        r"building)\b(?=[^.!?]{0,60}\b(?:going|go|tonight|after|tomorrow|woods|up\s+there))"
        r"|\bdoes\s+it\s+hurt\s+(?:if|when)\s+(?:you|i|someone)\s+(?:jump|hang|drown|overdose|cut|"
        r"step|throw)\b"
        # "is 40 of my co-codamol enough": someone's own supply, or tablets by name
        r"|\bis\s+\d+\s+(?:of\s+)?(?:my|these|his|her)\s+(?:[\w-]+\s+)?[\w-]+\s+enough\b"
        rf"|\bis\s+\d+\s+(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+)?{PILLS}\s+enough\b"
        r"|\b(?:bought|buying|got)\s+(?:some\s+|new\s+|a\s+pack\s+of\s+)?(?:razors?|blades?|rope|"
        r"a\s+rope|charcoal)\s+(?:today|tonight|earlier|this\s+(?:morning|afternoon))",
    ),
    (
        "farewell or final arrangements",
        r"\bmake\s+sure\s+(?:my|the)\s+(?:dog|cat|pets?|rabbit|budgie|fish|kids|children)\s+"
        r"(?:goes|go|gets|get|is|are)\s+(?:to|looked\s+after|fed)\b"
        r"|\blast\s+(?:message|text|thing)\s+(?:you\s+(?:get|hear|read)|from\s+me)\b"
        r"|\b(?:wrote|written|writing)\s+(?:my\s+)?letters?\s+to\s+(?:everyone|everybody|all\s+of\s+"
        r"(?:you|them))(?=\s*(?:[.!x]|$))",
    ),
    (
        "threats of violence",
        # "I won't be responsible for what I do to him"
        r"\b(?:won't|will\s+not|can't|cannot)\s+be\s+(?:held\s+)?responsible\s+for\s+what\s+"
        r"(?:i|i'll|he|she|he'll|she'll)\s+(?:do|does|might\s+do)\b"
        r"|\bi\s+know\s+(?:what\s+car\s+(?:she|he|they)\s+drives?|where\s+(?:she|he|they)\s+"
        r"(?:lives?|parks?|works?|sleeps?))\b(?=[^\n]{0,80}\b(?:make\s+sure|pay|sorry|never|wait|"
        r"coming))|\bmake\s+sure\s+(?:that\s+)?(?:\w+\s+){0,2}never\s+(?:takes?|hurts?|touches?|"
        r"does)\s+(?:another|anyone|anything)\b",
    ),
)
