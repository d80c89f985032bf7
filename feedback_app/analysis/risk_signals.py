"""Urgent phrases for indirect signs of risk: farewells and final arrangements, preparations, a
chosen date, a safeguarding concern nobody has acted on.

Each kind was seen in feedback written by people who never saw these rules; they are pairs of
(reason, regular expression) like risk_statements.py, and risk.py reads them the same way.
"""

from __future__ import annotations

from feedback_app.analysis.risk_phrases import OTHERS, PEOPLE, PILLS, SELF, SUIC

SIGNAL_RULES: tuple[tuple[str, str], ...] = (
    # Broader signals, written as kinds of evidence rather than as whole sentences.
    (
        "farewell or final arrangements",
        r"\b(?:said|saying|say|says|sayin)\s+(?:my|our|his|her|their)\s+goodbyes?\b"
        r"|\b(?:said|saying|say|says|sayin)\s+goodbyes?\s+(?:to\s+(?:my|his|her|our|everyone|everybody|family|"
        r"friends|kids|children|us|me|people|the\s+(?:kids|children|family|dog|cat))\b|(?=[.,!?]|$))"
        rf"|\bgoodbye\b(?=[^.!?]{{0,40}}\b(?:thank|sorry|not\s+your\s+fault|love\s+you|forgive))"
        rf"|\b(?:letters?|notes?)\s+(?:to|for)\s+(?:everyone|everybody|all\s+of\s+(?:you|them)|"
        rf"{PEOPLE})\b(?=[^.!?]*\b(?:gone|dead|not\s+here|find|after))"
        rf"|\bfor\s+when\s+(?:i'm|i\s+am|he's|she's)\s+(?:gone|not\s+here|dead)"
        rf"|\b(?:written|wrote|writing|made|making|sorted|done)\s+(?:out\s+)?(?:my|his|her)\s+will\b"
        rf"|\b(?:left|leaving|wrote|written|sent|texted|posted)\s+(?:me\s+|us\s+)?(?:a|his|her|my)\s+"
        rf"(?:note|letter|text|message|post)\s+saying\s+(?:sorry|goodbye|(?:he's|she's|they're|i'm)\s+"
        rf"sorry)|\bsorry\s+for\s+everything\b(?!\s+(?:i|we)\s+put)"
        r"|\b(?<!\w\s)(?<!\w,\s)goodbye(?:\s+(?:everyone|all|world))?\s*[.!x]*\s*$"
        rf"|\b(?:missing|gone\s+missing|disappeared|not\s+come\s+home)\b(?=[^.!?]*\b(?:note|goodbye|"
        rf"sorry|left\s+(?:his|her|their)\s+(?:phone|wallet|keys)))"
        rf"|\b(?:written|wrote|writing|left|leaving|finished)\s+(?:my|his|her)\s+(?:suicide\s+|goodbye\s+|"
        rf"last\s+|final\s+)?(?:note|letters?)\b"
        rf"|\b(?:i'm\s+)?sorry\s+(?:mum|mam|dad|everyone|everybody|kids|to\s+everyone)\b"
        rf"(?=[^!?]{{0,40}}\b(?:love\s+you|forgive|goodbye|bye))"
        rf"|\btell\s+(?:my|the|her|his)\s+\w+\s+(?:i\s+love|i'm\s+sorry)"
        rf"|\b(?:given|giving|gave|give)\s+(?:away\s+)?(?:the|my|his|her|all\s+(?:my|his|her))\s+"
        rf"(?:dog|cat|pets?|things|stuff|belongings|possessions|jewellery)\s+(?:away|to)\b"
        rf"|\b(?:gave|given|giving|handed|handing)\s+(?:me|us|her|him)\s+(?:his|her|their|my)\s+"
        rf"(?:bank\s+cards?|pin(?:\s+number)?|passwords?|savings)\b"
        rf"|\b(?:told|telling|showed|showing)\s+(?:me|us|her|him)\s+where\s+(?:his|her|their|my)\s+"
        rf"(?:will|bank\s+details|passwords?|papers|documents|life\s+insurance)\s+(?:is|are)\b"
        rf"|\b(?:sorted|sorting|put|putting)\s+(?:out\s+)?(?:all\s+)?(?:my|his|her)\s+"
        rf"(?:affairs|bills|finances)(?:\s+in\s+order)?|\bnothing\s+left\s+to\s+do\b"
        rf"|\b(?:last|final)\s+(?:week|day|days|night|time)\s+(?:alive|on\s+(?:this\s+)?earth)"
        rf"|\b(?:tonight|today|tomorrow)(?:\s+is|'s)\s+(?:it|the\s+(?:night|day|end))\b"
        rf"|\b(?:this\s+(?:is|will\s+be)|will\s+be)\s+my\s+(?:last|final)\s+(?:message|text|post|words)"
        rf"(?=\s*(?:$|[.!?]|to\s+(?:you|anyone|everyone)|ever))"
        rf"|\bat\s+peace\s+with\s+(?:it|my\s+decision|dying|going)|\bmy\s+mind\s+is\s+made\s+up"
        rf"|\bmade\s+up\s+my\s+mind\b(?=[^.!?]*\b(?:tonight|peace|it's\s+time|end|die|goodbye))"
        rf"|\b(?:won't|will\s+not|wont)\s+(?:need|be\s+needing)\s+(?:your|any|the)\s+(?:\w+\s+)?"
        rf"(?:help|service|support|appointment|calls?)\s*(?:after|any\s*more|again|much\s+longer)"
        rf"|\b(?:after|once|when)\s+i\s+(?:send|post|finish)\s+(?:this|these)"
        rf"|\b(?:i'm|i\s+am)\s+done(?=\s*[.,!]?\s*(?:$|i\s+mean|for\s+good|with\s+(?:it\s+all|"
        rf"everything|life|living|being\s+alive)))",
    ),
    (
        "means or a dangerous place",
        rf"\b(?:heading|going|go|walking|walk|driving|drive|on\s+my\s+way|off|went|gone|drove|walked|run)\s+"
        rf"(?:straight\s+|right\s+)?(?:back\s+)?(?:down\s+|up\s+|out\s+)?to\s+(?:the\s+|a\s+)?(?:bridge|cliffs?|cliff\s+top|railway|"
        rf"tracks|train\s+line|river|canal|sea|motorway|multi[- ]?stor[e]?y|roof|viaduct|pier|"
        rf"woods)\b(?!\s+(?:for|with)\b)"
        rf"|\b(?:rope|noose|ligature|razors?|blades?|knife|knives|gun|shotgun|rifle|belt)\b"
        rf"(?=[^.!?]{{0,60}}\b(?:keep\s+(?:\w+\s+){{0,3}}look|looking\s+at|staring\s+at|ready|"
        rf"hidden|hiding|for\s+later|just\s+in\s+case|under\s+my|in\s+my\s+(?:room|pocket|bag|"
        rf"hand)|use\s+it\s+on))"
        rf"|\b(?:saving|saved|storing|stored|hiding|hid|hidden|hoarding|collecting|keeping|"
        rf"stockpiling|stashing)\s+(?:up\s+)?(?:all\s+)?(?:my|his|her|their|the|some)\s+(?:[\w']+\s+)?"
        rf"{PILLS}|\b{PILLS}\b[^.!?]{{0,40}}\bfor\s+when\s+(?:it|things|i)\b"
        rf"|\b(?:i've|i\s+have|i|he|she|he's|she's|they|they've)\s+(?:got|has|have|had|bought|"
        rf"keeps?)\s+(?:a|the)\s+(?:gun|shotgun|rifle|firearm|rope|noose)\b"
        rf"|\b(?:how\s+many|how\s+much)\s+(?:\w+\s+)?(?:{PILLS}|insulin)\s+(?:would|it\s+would|"
        rf"it\s+takes|to)\b|\b(?:looking|looked|look)\s+up\s+(?:how|ways|methods)\b"
        rf"|\b(?:stopped|stop|not|quit)\s+taking\s+(?:my|his|her)\s+(?:\w+\s+)?(?:{PILLS}|insulin)"
        rf"\s+(?:on\s+purpose|so\s+(?:i|it|that)|to\s+(?:die|end))",
    ),
    (
        "self-harm now",
        rf"\b(?:starv\w+|punish\w*|bang\w*|burn\w*|scratch\w*|bit\w*|cut\w*|hit\w*|hurt\w*|"
        rf"pick\w*|open\w*)\s+(?:{SELF}|(?:my|his|her|their)\s+(?:\w+\s+)?(?:head|arms?|legs?|"
        rf"wrists?|skin|thighs?|wounds?|scars?|face|hands?|stomach))\b"
        rf"(?=[^.!?]{{0,60}}\b(?:on\s+purpose|again|until|till|deliberately|every\b|to\s+(?:feel|cope|"
        rf"punish|stop)|so\s+(?:i|it)|when\s+it\s+gets|whenever))"
        rf"|\bstarving\s+{SELF}|\bbleed\s+out\b"
        rf"|\b(?:i'm|i\s+am|he's|she's|been|am|is)\s+(?:going\s+to\s+)?(?:cutting|cut|burning|burn)"
        rf"(?=\s*(?:$|[.,!?]|tonight|now|again|today|later|deep|deeper|and\s+i))"
        rf"|\b(?:bought|buying|buy|got|collected)\s+(?:\w+\s+){{0,3}}?{PILLS}\s+(?:from|at|in)\s+"
        rf"(?:\w+\s+)?(?:different|several|two|three|four|five|lots\s+of|multiple)\s+(?:shops|chemists|"
        rf"pharmacies|places|supermarkets)|\b(?:on\s+purpose|deliberately)\s+(?:cut|hurt|burn|starv)\w*"
        rf"|\b(?:picking|opening|reopening)\s+(?:at\s+)?(?:the|my|his|her)\s+(?:wounds|cuts|scars)"
        rf"|\b(?:cutting|burning|harming)(?:\s+{SELF})?\s+again\b"
        rf"|\b(?:refus\w+|stopped|not)\s+(?:all\s+)?(?:eating\s+(?:or|and)\s+drinking|"
        rf"(?:food|fluids)\s+and\s+(?:water|drink|fluids)|to\s+eat\s+or\s+drink)",
    ),
    (
        "wish to die",
        r"\b(?:want|wants|wanting|ready|long|longing)\s+to\s+(?:be\s+with|join|see)\s+"
        r"(?:my|his|her|their)\s+(?:late|dead)\s+\w+"
        r"|\b(?:disappointed|gutted|upset|angry|annoyed)\s+(?:that\s+)?(?:i'm|i\s+am|i\s+woke\s+up|"
        r"i\s+wake\s+up)\s+(?:still\s+)?(?:here|alive|breathing|again)|\bwoke\s+up\s+"
        r"(?:disappointed|gutted)|\bno\s+future\s+(?:for\s+me|left)|\bthere'?s\s+no\s+future\b"
        r"|\b(?:easier|better|happier|for\s+the\s+best)\s+(?:off\s+)?(?:for\s+(?:everyone|everybody|them|"
        r"my\s+\w+)\s+)?if\s+(?:i|he|she)\s+(?:just\s+)?(?:wasn't|weren't|was\s+not|were\s+not|"
        r"was\s+gone|wasn't\s+around|didn't\s+exist|disappeared|died)"
        r"|\b(?:want|wants|wanna|wanting|need)\s+(?:to\s+)?(?:b|be)\s+gone\b"
        r"|\b(?:want|wants|wanting|urges?)\s+to\s+jump\b(?!\s+(?:in|on|at|the|queue|up))"
        r"|\b(?:can't|cannot|don't|do\s+not)\s+see\s+(?:a|any)\s+way\s+(?:out|through)\b"
        r"|\bno\s+point\s+(?:any\s*more|in\s+(?:anything|trying|me))\b|\bmade\s+my\s+peace\b"
        r"|\b(?:want|wants|wanting|wish|wishing|need|needing|longing\s+for)\s+(?:it|this|everything|"
        r"things|life|my\s+life|the\s+pain|all\s+of\s+(?:it|this))\s+(?:all\s+)?(?:to\s+)?"
        r"(?:end|be\s+over|over\s+with|finished)\b"
        r"|\bif\s+(?:i'm|i\s+am|i\s+was|i\s+were)\s+(?:dead|gone)\b"
        r"|\blife\b[^.!?]*\bi'm\s+out\b(?=\s*(?:$|[.!?]))"
        r"|\b(?:not|won't)\s+(?:going\s+to\s+)?be\s+(?:here|alive|around)\s+(?:to\s+(?:answer|see|pick\s+up|"
        r"read|get|hear)|by\s+the\s+time)\b(?![^.!?]{0,30}\b(?:holiday|away|working|appointment))"
        r"|\bwant\s+(?:everything|it\s+all|it|the\s+world)\s+to\s+(?:go\s+black|fade|go\s+dark)"
        r"|\b(?:bag|plastic\s+bag)\s+over\s+(?:my|his|her|their)\s+head"
        r"|\b(?:giving|give|given|gave)\s+up\s+(?:for\s+good|on\s+(?:life|living|everything|myself)|"
        r"completely)\b"
        r"|\b(?:planning|writing|thinking\s+about|working\s+out)\s+what\s+to\s+(?:write|say)\s+in\s+"
        r"(?:my|the|his|her)\s+(?:last\s+|final\s+|goodbye\s+)?(?:letters?|notes?)"
        rf"|\b(?:took|taken|taking|swallowed|swallowing)\s+(?:\w+\s+){{0,5}}?(?:{PILLS}|them|it)\s+"
        r"on\s+purpose|\bsee\s+(?:myself|himself|herself)\s+(?:jumping|hanging|falling|dying|dead|"
        r"stepping|cutting|in\s+a\s+coffin)"
        r"|\b(?:no\s*one|nobody|you|they|everyone)\s+(?:will\s+|won't\s+)?(?:have\s+to\s+|need\s+to\s+)?"
        r"(?:deal\s+with|worry\s+about|put\s+up\s+with|bother\s+with)\s+me\s+(?:soon|much\s+longer|"
        r"for\s+(?:much\s+)?long|any\s*more|after\s+(?:tonight|today))"
        r"|\b(?:done|finished)\s+fighting\b|\b(?:can't|cannot|don't\s+think\s+i\s+can|not\s+sure\s+i\s+can)\s+"
        r"stop\s+(?:myself|himself|herself)"
        r"(?=\s*(?:$|[.,!?]|this\s+time|tonight|any\s*more|from\s+(?:doing|hurting|cutting)))"
        r"|\bcut\s+(?:too\s+|really\s+|very\s+)deep|\b(?:can't|cannot|won't)\s+stop\s+(?:the\s+)?bleeding"
        r"|\b(?:no\s+(?:escape|way\s+out|option|choice|answer)\s+|only\s+(?:way\s+out\s+is\s+)?)?"
        r"(?:except|other\s+than|apart\s+from|but|only)\s+(?:dying|death|to\s+die|ending\s+it|suicide)\b"
        r"|\beverything\s+(?:i|he|she)\s+needs?\s+to\s+(?:end|do\s+it|kill|die|finish)"
        r"|\b(?:it's|its|everything's|everything\s+is|life\s+is|it\s+is|life's)\s+(?:all\s+)?(?:so\s+)?"
        r"pointless\b(?=\s*(?:$|[.!?]))"
        r"|\b(?:trying|tried|threatening|wants?|keeps\s+trying)\s+to\s+(?:get|climb|jump)\s+out\s+of\s+"
        r"(?:the|a|his|her|my)\s+(?:\w+\s+)?window"
        r"|\b(?:make\s+sure|so\s+that|so|hope|want|wish)\s+(?:i|he|she)\s+(?:don't|doesn't|won't|never|"
        r"do\s+not)\s+wake\s+up"
        r"|\b(?:don't|do\s+not)\s+care\s+(?:any\s*more|about\s+anything)(?=\s*(?:$|[.,!?]|what|if))"
        r"|\b(?:want|wish)\w*\s+(?:is\s+)?for\s+(?:it|the\s+pain|everything|this|life|it\s+all)\s+"
        r"(?:all\s+)?to\s+(?:end|stop|be\s+over)"
        r"|\bhow\s+(?:long|quickly|fast)\s+(?:it\s+takes\s+)?(?:to\s+)?(?:bleed\s+out|die|drown|"
        r"overdose)|\bonly\s+way\s+out\b"
        r"|\blife(?:'s|\s+is)\s+(?:not|no\s+longer|isn't)\s+worth\b"
        r"|\b(?:don't|do\s+not)\s+care\s+(?:what\s+happens|if\s+i\s+(?:die|live|wake)|whether\s+i\s+"
        r"(?:die|live|wake)|about\s+(?:living|dying))"
        r"|\b(?:no\s*one|nobody|nothing|no-one)\s+left\s+(?:for\s+me|to\s+live\s+for)"
        r"|\b(?:i'm|i\s+am)\s+ready\s+to\s+go(?=\s*(?:$|[.!?]|now\s*(?:$|[.!?])))"
        r"|\b(?:i'm|i\s+am|i\s+feel\s+like\s+i'm|i\s+feel(?:\s+like)?)\s+(?:such\s+|just\s+|so\s+)?"
        r"(?:a\s+)?(?:waste\s+of\s+(?:space|air|oxygen)|worthless|unlovable|a\s+lost\s+cause)"
        r"|\b(?:everyone|everybody|they|people|my\s+\w+)\s+would\s+(?:all\s+)?be\s+(?:relieved|glad|"
        r"happier|better\s+off)(?=\s*(?:$|[.,!?]|if|when|without))"
        r"|\b(?:tired|sick|fed\s+up|bored|exhausted|weary)\s+(?:of|with)\s+(?:being\s+alive|living|"
        r"life|existing|being\s+here|waking\s+up)\b"
        r"|\b(?:better|happier|easier|safer|nicer)\s+(?:place\s+|off\s+)?(?:for\s+everyone\s+)?"
        r"without\s+(?:me|him|her)\b(?!\s+(?:there|in\s+the\s+way|getting))"
        r"|\b(?:can't|cannot|can\s+not)\s+(?:keep\s+)?(?:living|going\s+on|carrying\s+on)\s+"
        r"(?:like\s+this|this\s+way)"
        r"|\b(?:hear|hearing|heard|hears)\s+(?:voices?|them|him|her|someone|things)\s+(?:\w+\s+)?"
        r"(?:telling|saying|ordering|tell|say|order|shouting\s+at)\s+(?:me|him|her)\s+(?:to|that\s+"
        r"i\s+should|i\s+should|i\s+must)\s+(?:\w+\s+)?(?:kill|hurt|harm|die|jump|stab|attack|cut|"
        r"end|do\s+it|drown|burn|hang|step|walk\s+into)"
        r"|\bthinking\s+(?:about|of)\s+(?:walking|wading|swimming|jumping|stepping|driving)\s+"
        r"(?:in|into|off|out|under)\b"
        r"|\b(?:haven't|have\s+not|hasn't|has\s+not)\s+(?:eaten|been\s+eating)\b[^.!?]{0,30}?\s+"
        r"(?:in|for)\s+(?:a\s+week|weeks|days|\w+\s+(?:days|weeks))\b"
        r"|\b(?:won't|refus\w+\s+to|not\s+going\s+to)\s+(?:start\s+)?eat(?:ing)?\b"
        r"|\bwant\s+(?:it|this|everything|things)\s+(?:all\s+)?to\s+(?:stop|end)\s+"
        r"(?:permanently|for\s+good|forever)|\bplanning\s+how\s+to\s+end",
    ),
    (
        "current suicidal thoughts",
        rf"\b(?:active|current|ongoing|expressing|expressed|expresses|disclosed|discloses|disclosing|"
        rf"reports?|reporting|reported|voicing|voiced|verbalising|verbalised|having)\s+(?:\w+\s+)?"
        rf"(?:{SUIC}al\s+(?:ideation|thoughts|intent|plans?)|si\b|thoughts\s+of\s+(?:{SUIC}e|"
        rf"self[- ]?harm|harming|killing|ending|taking))"
        rf"|\b(?:{SUIC}al\s+(?:ideation|thoughts)|si)\s+with\s+(?:a\s+|clear\s+)?(?:plan|intent|means)"
        rf"|\b(?:at|is|remains)\s+(?:very\s+)?(?:high|serious|significant|immediate|real)\s+risk\b"
        rf"(?!\s+of\s+(?:falls?|falling|infection|pressure|losing|being\s+evicted))",
    ),
    (
        "abuse or neglect now",
        r"\b(?:abuser|perpetrator|abusive\s+\w+|family\s+member|partner)\b[^.!?]{0,40}\b(?:still|"
        r"currently|now)\s+(?:lives|living|at\s+the\s+address|in\s+the\s+(?:house|home|flat)|there)",
    ),
    (
        "not safe from themselves",
        rf"(?:\b(?:i|he|she|they|we)\s+(?:feel|feels|am|is|are)|\b(?:i'm|he's|she's|we're|they're)"
        rf"(?:\s+feeling)?|^\s*feeling)\s+(?:really\s+|so\s+|very\s+|quite\s+)?unsafe\b|\b(?:can't|cannot|don't|do\s+not)\s+trust\s+(?:{SELF}|me)\b"
        rf"|\bdo\s+something\s+(?:i|he|she|they)(?:'ll|'d|\s+will|\s+would|\s+might|\s+may)?\s+"
        rf"(?:\w+\s+)?regret|\bact\s+on\s+(?:it|them|these|those|the\s+(?:\w+\s+)?(?:thoughts|urges|"
        rf"voices|feelings)|my\s+(?:\w+\s+)?(?:thoughts|urges|feelings))"
        rf"|\b(?:the\s+)?(?:dark\s+|bad\s+|suicidal\s+|old\s+)?(?:thoughts|urges|voices)\s+(?:are|have|"
        rf"'ve|'re)\s+(?:come\s+|coming\s+)?back\b|\b(?:having|been\s+having|have|getting|get|got)\s+"
        rf"(?:really\s+|very\s+|some\s+|such\s+|these\s+)?dark\s+thoughts"
        rf"|\b(?:knife|blade|razor|glass|gun|scissors)\s+(?:to|against|at)\s+(?:my|his|her|their)\s+"
        rf"(?:own\s+)?(?:throat|neck|wrists?|head|chest)"
        rf"|\b(?:can't|cannot)\s+promise\s+(?:i'll|i\s+will|i'm\s+going\s+to|to)\s+(?:still\s+)?"
        rf"(?:be\s+(?:alive|here|around|safe)|stay\s+safe|keep\s+(?:myself\s+)?safe)"
        rf"|\b(?:scared|afraid|frightened|worried|terrified)\s+(?:of\s+)?what\s+(?:i|he|she|they)"
        rf"(?:'ll|\s+will|\s+might|'d|\s+could|\s+may)\s+do\b"
        rf"|\b(?:don't|can't|do\s+not|cannot)\s+see\s+myself\s+(?:being\s+)?(?:around|here|alive|"
        rf"living|making\s+it)|\b(?:stash|stockpile|hoard)\s+of\s+(?:\w+\s+)?{PILLS}"
        rf"|\bcounting\s+(?:out\s+)?(?:them|my|the)\s+(?:\w+\s+)?(?:{PILLS}|them)?\b(?=[^.!?]*"
        rf"(?:{PILLS}|them))",
    ),
    (
        "intent to harm others",
        rf"\b(?:i'll|i\s+will|i'm\s+going\s+to|i'm\s+gonna|he'll|she'll|they'll|he\s+will|"
        rf"she\s+will|going\s+to|gonna)\s+(?:\w+\s+){{0,4}}?(?:use\s+(?:a|the|his|her|my)\s+(?:knife|"
        rf"gun|weapon|hammer|machete|bat|blade)|burn\s+(?:the|our|my|her|his|their)\s+(?:house|flat|"
        rf"home|place)\s+down|set\s+fire\s+to)"
        rf"|\b(?:not\s+afraid|not\s+scared|ready)\s+to\s+use\s+it\b"
        r"|\b(?:turned\s+up|turns\s+up|came\s+round|comes\s+round|showed\s+up|outside|at\s+the\s+door)\b"
        r"[^.!?]{0,30}\bwith\s+a\s+(?:knife|weapon|gun|machete|bat|hammer|blade)"
        rf"|\b(?:i'll|i\s+will|i'm\s+going\s+to|i'm\s+gonna|going\s+to|gonna|want\s+to|feel\s+like|"
        rf"he'll|she'll|they'll|he'd|she'd|they'd|i\s+could|i\s+swear\s+i'll)\s+(?:\w+\s+)?(?:(?:break|smash|"
        rf"snap)\s+(?:his|her|their|your|my|someone's|somebody's|\w+'s)\s+(?:\w+\s+)?(?:jaw|neck|face|legs?|arms?|"
        rf"nose|head|skull|teeth)|(?:smashing|smash)\s+(?:someone's|somebody's|his|her|their|your)\s+"
        rf"(?:face|head)|make\s+(?:him|her|them|you)\s+pay(?=\s*(?:$|[.,!?]|for\s+(?:this|that|what|it\b)))|knock\s+(?:him|her|them|you)\s+out"
        rf"|shoot\s+up\s+(?:the|a|my|his|her)|blow\s+up\s+(?:the|a|my|his|her)|run\s+(?:him|her|them)"
        rf"\s+over|do\s+(?:him|her|them)\s+in|teach\s+(?:him|her|them)\s+a\s+lesson"
        rf"|get\s+(?:him|her|them)\s+back)\b"
        rf"|\b(?:going\s+to|gonna|'ll|will|wants\s+to|want\s+to)\s+(?:go|come)\s+after\s+{OTHERS}"
        rf"|\buse\s+(?:it|that|this)\s+on\s+(?:him|her|them|someone|somebody|you|anyone|people)\b"
        rf"|\b(?:scared|afraid|frightened|worried|terrified)\s+(?:that\s+)?(?:i'll|i\s+will|"
        rf"i\s+might|i\s+could|i'm\s+going\s+to|he'll|he\s+will|he\s+might|she'll|she\s+might)\s+"
        rf"(?:\w+\s+)?(?:hurt|harm|kill|attack|hit|shake|smother|do\s+something\s+to)\s+{OTHERS}"
        rf"|\b(?:scared|afraid|frightened|terrified|worried)\s+(?:that\s+)?(?:he|she|they|{PEOPLE})\s+"
        rf"(?:will|'ll|might|could|is\s+going\s+to|'s\s+going\s+to)\s+(?:\w+\s+)?(?:kill|hurt|harm|"
        rf"hit|attack|stab|strangle)\b"
        rf"|\b(?:i|he|she)\s+(?:could|might|may)\s+(?:really\s+)?(?:hurt|harm|kill|attack|stab)\s+"
        rf"(?:someone|somebody|anyone|people|him|her|them|my\s+\w+)\b"
        rf"|\b(?:hurt|harm|kill|stab|attack|hit|punch|batter|beat)\s+(?:the\s+)?(?:next|first)\s+"
        rf"(?:person|one|man|woman|nurse|doctor)",
    ),
    (
        "abuse or neglect now",
        r"\b(?:comes|coming|came|keeps\s+coming|gets)\s+into\s+(?:my|her|his|their)\s+"
        r"(?:room|bed|bedroom)\b(?=[^.!?]*\bnight)"
        r"|\block(?:s|ing)\s+(?:me|her|him|them|us|his\s+\w+|her\s+\w+|my\s+\w+|the\s+\w+)\s+"
        r"(?:in|inside|up)\b|\b(?:waved|waving|screaming|shouting|crying|banging)\s+(?:out\s+)?"
        r"for\s+help\b"
        r"|\b(?:screams|shouts|yells|swears|lashes\s+out)\s+at\s+(?:her|his|their|the|my)\s+"
        r"(?:toddler|baby|kids?|child(?:ren)?|son|daughter|little\s+\w+|nan|gran|mum|dad|grandad)"
        r"|\b(?:smacking|slapping|hitting|beating|thumping)\b(?=[^.!?]*\b(?:every|again|night|"
        r"through\s+the\s+wall|toddler|baby|kids|child))"
        r"|\b(?:fresh|new|more|unexplained)\s+bruis\w+|\bblack\s+eye\b"
        r"|\b(?:gives|giving|supplies|supplying)\s+(?:her|him|them|my\s+\w+)\s+(?:drugs|alcohol|vodka|"
        r"weed|cannabis)\b"
        r"|\b(?:throws|throwing|threw)\s+(?:things|stuff|plates|objects|\w+)\s+at\s+(?:me|her|him|them|us|"
        r"the\s+kids|my\s+\w+)\b"
        r"|\b(?:steals|stealing|takes\s+money|taking\s+money)\s+from\s+(?:me|her|him|them|my\s+\w+)\b"
        r"|\b(?:moved|moving)\s+(?:in\s+)?(?:into|in\s+to)\s+(?:my|his|her|their)\s+(?:[\w']+\s+)?"
        r"(?:flat|house|home)\b(?=[^.!?]*\b(?:won't\s+leave|dealing|drugs|scared|taken\s+over))"
        r"|\b(?:dealing|selling\s+drugs)\s+(?:from|out\s+of)\s+(?:there|his|her|the|my|their)\b"
        r"|\b(?:keeps?|kept|taken|took|holding|has)\s+(?:his|her|their|my)\s+passport"
        r"|\bwork\w*\s+(?:\w+\s+){0,3}for\s+no\s+(?:money|pay|wages)"
        r"|\bnot\s+allowed\s+(?:to\s+)?(?:leave|go\s+out|out|see\s+anyone|a\s+phone)"
        r"|\b(?:makes?|made|making|forc\w+|pressur\w+)\s+(?:her|him|me|them)\s+(?:to\s+|into\s+)?"
        r"(?:have\s+sex|having\s+sex|sleep\s+with|do\s+sexual|watch\s+porn|send\s+(?:nudes|pictures))"
        r"|\b(?:rapes|raping|molest\w*|sexually\s+(?:abus|assault)\w*)\b"
        r"|\b(?:keeps\s+|is\s+|been\s+)touching\s+(?:the\s+)?(?:\w+\s+)?(?:residents|patients|kids|"
        r"children|girls|boys|pupils|women|her|him|them|me)\b|\btouch\w*\s+(?:\w+\s+){0,3}"
        r"inappropriately"
        r"|\b(?:gets|getting|being|been)\s+(?:\w+\s+)?(?:hit|beaten|slapped|smacked|punched|kicked|"
        r"whipped|hurt|locked\s+in)\b(?!\s+by\s+(?:a|the)\s+(?:car|bus|van|lorry|bike|ball|door))"
        r"|\b(?:he|she|(?:my|her|his)\s+(?:partner|husband|wife|boyfriend|girlfriend|ex|carer|stepdad|"
        r"stepmum|son|daughter))\s+(?:won't|doesn't|will\s+not|does\s+not|never)\s+let\s+(?:me|her|"
        r"him|them|us|anyone|anybody)\s+(?:see|visit|leave|go\s+out|out|talk\s+to|speak\s+to|have)\b"
        r"|\b(?:hands?|fingers)\s+(?:round|around)\s+(?:my|her|his|their)\s+(?:throat|neck)"
        r"|\b(?:squeez\w+|grabs|grabbing|chokes|choking|strangles|strangling|throttles|throttling)\s+"
        r"(?:his|her|my|their)\s+(?:neck|throat)"
        r"|\bcontrol(?:s|ling)\s+(?:all\s+)?(?:her|his|my|their)\s+(?:phone|money|finances|"
        r"bank|benefits|life)"
        r"|\b(?:being|getting|been|is\s+being)\s+(?:\w+\s+)?(?:abused|exploited|neglected|groomed|"
        r"bullied)\b|\bolder\s+(?:men|man|lads|boys)\b(?=[^.!?]*\b(?:night|coming\s+and\s+going|"
        r"flat|staying|gifts|car))"
        r"|\b(?:daughter|son|girl|boy|kid|child|\d{1,2}\s*(?:year|yr)s?\s*old|teen\w*)\b[^.!?]{0,80}"
        r"\b(?:older|grown|[2-9]\d\s*(?:year|yr)s?\s*old)\s+(?:men|man|lads|guys?|bloke|boyfriend)\b"
        r"|\b(?:sending|sent|send|sends|asking\s+for|asked\s+for|asks\s+for)\s+(?:him\s+|her\s+)?"
        r"(?:nudes|(?:naked\s+|private\s+|rude\s+)?(?:pictures|photos|pics|images)\s+to\s+(?:a|an|some|this)"
        r"\s+(?:older\s+)?(?:man|men|guy|adult|stranger|bloke|boy))"
        r"|\b(?:man|men|guy|adult|stranger)\s+(?:\w+\s+){0,3}online\b[^.!?]{0,40}\b(?:meet|pictures|"
        r"photos|pics|gifts)"
        r"|\b(?:got|has|taken|took|keeps|kept|using)\s+(?:hold\s+of\s+)?(?:her|his|their)\s+"
        r"(?:bank\s+)?(?:card|pin|money|pension|benefits)\b(?=[^.!?]*\b(?:no\s+money|no\s+food|"
        r"won't|without|abus|steal))",
    ),
    # Indirect signs, each seen in feedback written by people who never saw these rules.
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
        r"|\blocks\s+the\s+door\s+(?:when|whenever|so|and)\b"
        r"|\b(?:kids|children|child|baby|babies|toddlers?|twins)\b[^\n]{0,160}\b(?:no|not\s+in\s+a|in\s+no)\s+"
        r"fit\s+state\b"
        r"|\b(?:no|not\s+in\s+a|in\s+no)\s+fit\s+state\b[^.!?]{0,120}\b(?:kids|children|child|baby|babies|toddlers?)\b"
        r"|\b(?:children|kids|child|baby|toddler)\b[^.!?]{0,80}\bno\s+other\s+adult\b"
        r"|\bbaby\s+(?:isn't|is\s+not)\s+(?:hers|his|theirs)\b"
        # a parent's delusion about a child in their care: "he needs to save her from the devil"
        r"|\b(?:save|protect|rescue|cleanse|free)\s+(?:her|him|them|the\s+(?:kids|children|baby)|"
        r"(?:my|our|his|her)\s+\w+)\s+from\s+(?:the\s+)?(?:devil|demons?|evil|satan|spirits?)\b"
        # children left with nobody: "3 children at the property, no adult present"
        r"|\b(?:children|kids|child|baby|babies|toddlers?)\b[^\n]{0,120}\bno\s+(?:adult|adults|parent|"
        r"grown[- ]ups?)\s+(?:present|there|at\s+home|in\s+the\s+(?:house|flat|property))",
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
        r"|\b(?:picked|chosen|found)\s+(?:the|a)\s+(?:tree|spot|place|bridge|branch|beam|"
        r"building)\b(?=[^.!?]{0,60}\b(?:going|go|tonight|after|tomorrow|woods|up\s+there))"
        r"|\bdoes\s+it\s+hurt\s+(?:if|when)\s+(?:you|i|someone)\s+(?:jump|hang|drown|overdose|cut|"
        r"step|throw)\b"
        rf"|\bis\s+\d+\s+(?:of\s+)?(?:my|these|the|his|her)\s+(?:[\w-]+\s+)?(?:{PILLS}|[\w-]+)\s+enough\b"
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
        r"\bi\s+know\s+(?:what\s+car\s+(?:she|he|they)\s+drives?|where\s+(?:she|he|they)\s+"
        r"(?:lives?|parks?|works?|sleeps?))\b(?=[^\n]{0,80}\b(?:make\s+sure|pay|sorry|never|wait|"
        r"coming))|\bmake\s+sure\s+(?:that\s+)?(?:\w+\s+){0,2}never\s+(?:takes?|hurts?|touches?|"
        r"does)\s+(?:another|anyone|anything)\b",
    ),
)
