"""What the risk check looks for: phrases of current risk, and words that only mention it.

Pure data (regular expressions over lower-cased text with normalised apostrophes); risk.py decides
from the words around each match whether it is current, past, negated or general.
"""

from __future__ import annotations

import re

_PEOPLE = (
    r"(?:me|us|her|him|them|the\s+kids|the\s+children|(?:my|our|his|her)\s+(?:\w+\s+)?(?:son|"
    r"daughter|kids|children|child|baby|mum|mother|dad|father|sister|brother|nan|gran|wife|"
    r"husband|partner|grandson|granddaughter|friend))"
)
_SELF = r"(?:myself|himself|herself|themselves|themself|yourself)"
_POSS = r"(?:my|his|her|their|your)"
_SUIC = r"su(?:i|a)?[cs](?:i|e)?d"  # suicide, sucide, suicde, suiside ...
_PILLS = (
    r"(?:tablets|pills|meds|medication|paracetamol|painkillers|co-?codamol|codeine|insulin|"
    r"ibuprofen|aspirin|tramadol|sertraline|fluoxetine|citalopram|mirtazapine|amitriptyline|"
    r"venlafaxine|quetiapine|olanzapine|lithium|diazepam|lorazepam|zopiclone|pregabalin|"
    r"gabapentin|propranolol|methadone|antidepressants|sleeping\s+(?:tablets|pills))"
)
_OTHERS = (
    r"(?:him|her|them|someone|somebody|people|others|other\s+people|my\s+\w+|the\s+(?:baby|kids|"
    r"children|neighbours?|staff|nurse|doctor)|you|everyone|anyone|the\s+next\s+person)"
)

_DOSE = (
    rf"(?:an?\s+)?(?:whole\s+|big\s+|full\s+)?(?:overdose|od\b"
    rf"|(?:[5-9]|\d\d+)\s+(?:of\s+)?(?:my\s+|his\s+|her\s+|their\s+)?(?:\w+\s+)?{_PILLS}"
    rf"|(?:load|loads|lot|lots|handful|bottle|box|boxes|packet|packets|pack|strip)\s+of\s+"
    rf"(?:\w+\s+)?{_PILLS}|(?:my\s+|his\s+|her\s+)?(?:whole\s+|entire\s+)?(?:\w+'?s?\s+)?"
    rf"(?:supply|prescription|stash|stockpile)(?:\s+of\s+\w+)?"
    rf"|all\s+(?:of\s+)?(?:my|his|her|their|the|\w+'s|\w+s)\s+(?:\w+\s+)?{_PILLS})"
)
# Any drug at all, when the words around it say it was taken just now.
_RECENT_DOSE = (
    r"(?:[5-9]|\d\d+)\s+(?:of\s+)?(?:my\s+|his\s+|her\s+|their\s+)?\w+(?:\s+(?:tablets|pills))?"
)

_INTO_OBSTACLE = (
    r"(?:(?:my|his|her|the|their)\s+car\s+)?(?:off|into)\s+(?:a|the|on[ck]oming)\s+"
    r"(?:cliff|bridge|wall|tree|river|lorry|sea|traffic|lamp\s*post|canal)"
)

# Verbs of self-harm and suicide methods, each also read with "-ing" ("shooting himself").
_METHOD = r"(?:shoot|stabb?|drown|poison|gass?|electrocute?|starve?|suffocate?|strangle?|hang)"

# Ways of ending one's life, after "going to", "want to", "will" ...
_ACT = (
    rf"(?:kill\s+{_SELF}|end\s+(?:it\s+all|it|things|everything|{_POSS}\s+(?:own\s+)?life)"
    rf"|take\s+{_POSS}\s+(?:own\s+)?life|top\s+{_SELF}|hang\s+{_SELF}|throw\s+{_SELF}"
    rf"|(?:{_METHOD})\s+{_SELF}|set\s+{_SELF}\s+(?:on\s+fire|alight)"
    rf"|do\s+something\s+(?:i'll|i\s+will|i'd|i|he'll|she'll)\s+(?:\w+\s+)?regret"
    rf"|jump\s+(?:off|from|in\s+front|under)|step\s+in\s+front|drown\s+{_SELF}|gas\s+{_SELF}"
    rf"|(?:take\s+an?\s+)?overdose|take\s+an\s+od|take\s+(?:them|it)\s+all"
    rf"|take\s+(?:everything|the\s+lot|all\s+(?:of\s+)?them|{_DOSE})"
    rf"|drive\s+{_INTO_OBSTACLE}"
    rf"|(?:hurt|harm|cut|burn)\s+{_SELF}|self[- ]?harm|not\s+be\s+(?:here|alive|around)"
    rf"|disappear(?:\s+forever|\s+for\s+good|(?=\s*(?:$|[.,!?]|and\b)))|do\s+(?:something\s+|anything\s+)?(?:stupid|silly|daft)"
    rf"|do\s+something\s+(?:to|with)\s+{_SELF}|be\s+dead|do\s+it\s+(?:properly|right|for\s+real|"
    rf"this\s+time|again)|use\s+(?:it|that|the\s+\w+|an?\s+\w+)\s+on\s+{_SELF}|unalive\s+{_SELF}|kms|off\s+{_SELF}"
    rf"|finish\s+(?:it\s+all|{_SELF}\s+off|things)|stop\s+(?:existing|living|being\s+alive)"
    rf"|(?:go\s+to\s+)?sleep\s+forever|never\s+wake\s+up|walk\s+(?:into|in\s+front\s+of)\s+(?:the\s+)?(?:sea|river|traffic|an?\s+(?:car|bus|train|lorry)))"
)
# The same acts as gerunds, after "thinking of", "talking about", "urges to" ...
_ACTING = (
    rf"(?:killing\s+{_SELF}(?!\s+laughing)|ending\s+(?:it\s+all|it|things|everything|{_POSS}\s+(?:own\s+)?life)"
    rf"|taking\s+{_POSS}\s+(?:own\s+)?life|{_SUIC}e|dying|jumping\s+(?:off|from|in\s+front)"
    rf"|hanging\s+{_SELF}|(?:{_METHOD}ing)\s+{_SELF}|overdosing|taking\s+an\s+overdose|stepping\s+in\s+front"
    rf"|driving\s+{_INTO_OBSTACLE}|wanting\s+to\s+(?:die|be\s+dead)|not\s+waking\s+up"
    rf"|(?:harming|hurting|cutting|burning)\s+{_SELF}|self[- ]?harm\w*"
    rf"|not\s+being\s+(?:here|alive|around))"
)

URGENT_RULES: tuple[tuple[str, str], ...] = (
    (
        "current suicidal intent",
        rf"\b(?:want|wants|wanting|going|plan|plans|planning|intend|"
        rf"intends|ready|about|tempted|decided|determined|threaten|threatens|threatening|urges?|"
        rf"urge)\s+to\s+(?:just\s+)?{_ACT}(?![\w-])",
    ),
    (
        "current suicidal intent",
        rf"(?:\b(?:will|would|shall)|'ll|'d)\s+(?:just\s+|probably\s+|end\s+up\s+)?"
        rf"(?!be\s+dead(?!\s+(?:by|before|tomorrow|tonight|soon|in\s+a))|not\s+be|"
        rf"end\s+it\s+(?:there|here|with|on|by\s+saying))(?:{_ACT})(?![\w-])",
    ),
    (
        "current suicidal thoughts",
        rf"\b(?:thinking|think|thoughts|considering|contemplating|"
        rf"talking|talks|feel|feels|feeling|threatening|threatens|urges?|planning|plan|plans)\s+"
        rf"(?:about|of|like|to|on)?\s*{_ACTING}(?![\w-])",
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
        r"\b(?:don't|do\s+not|no\s+longer|doesn't|does\s+not)\s+(?:really\s+)?"
        r"want\s+to\s+(?:live|be\s+alive|be\s+here(?!\s+(?:to|for|with|at|in|when|if)\b)|exist|"
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
        r"|\b(?:don't|do\s+not)\s+think\s+i'?ll\s+(?:make\s+it|survive|last)\s+(?:to|through|till|"
        r"until|past)\b|\b(?:won't|will\s+not|not)\s+be\s+coming\s+back\b"
        r"|\b(?:won't|will\s+not|don't\s+think\s+i'll|don't\s+think\s+i\s+will)\s+be\s+"
        r"(?:alive|here|around)\s+(?:by|for|tomorrow|much\s+longer|next|in\s+the\s+morning|on|at|"
        r"after|this|come|when)\b"
        r"|\b(?:sleep|go\s+to\s+sleep)\s+and\s+(?:never|not)\s+wake\s+up"
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
        r"\b(?:better|happier|easier)\s+(?:off\s+)?(?:for\s+everyone\s+)?(?:dead|gone|without\s+(?:me|him|her)|"
        r"if\s+(?:i|he|she)\s+(?:was|were|wasn't|weren't)\s*(?:dead|gone|here|around)?|"
        r"when\s+i'?m\s+gone)"
        r"|\b(?:would|'d)\s+(?:all\s+)?be\s+better\s+off(?=\s*(?:$|[.,!?]))",
    ),
    (
        "preparations",
        rf"\b(?:stockpil\w+|hoard\w*|saving\s+up|saved\s+up|stashing|stashed|"
        rf"collected)\s+(?:all\s+)?(?:of\s+)?(?:my\s+|the\s+|some\s+|his\s+|her\s+)?{_PILLS}"
        rf"|\b(?:{_PILLS}|rope|ligature|knife|blade|razor)\s+(?:are\s+|is\s+)?(?:still\s+)?(?:ready|lined\s+up|"
        rf"here|on\s+the\s+(?:side|table|bed)|"
        rf"in\s+front\s+of\s+me|next\s+to\s+me|in\s+my\s+hand)"
        rf"|\b(?:bought|got|have|buying)\s+(?:a\s+|some\s+|the\s+)?(?:rope|ligature|razor\s+blades)"
        rf"|\bblade\s+in\s+my\s+hand|\b(?:i|he|she|they)\s+(?:has|have|'s\s+got|'ve\s+got|has\s+got|"
        rf"have\s+got)\s+a\s+plan\b(?!\s+for)|\b(?:set|picked|chosen|chose)\s+a\s+date\b"
        rf"|\benough\s+(?:\w+\s+)?{_PILLS}\s+(?:saved|stashed|stockpiled|hidden|put\s+away|to\s+(?:do\s+it|"
        rf"kill|end|die))|\b{_PILLS}\s+(?:saved\s+up|stashed|stockpiled|hidden\s+away)"
        rf"|\bhose\s*pipe\b|\bengine\s+running\b(?!\s+(?:to|so|for)\b)"
        rf"|\b(?:with|holding|has|have|got)\s+(?:a|the|his|her|my)\s+(?:belt|rope|cord|ligature|noose|"
        rf"dressing\s+gown\s+cord)\b|\b(?:says|saying|said)\s+(?:he's|she's|they're|i'm)\s+done\b"
        rf"|\b(?:sat|sitting|stood|standing|here|lying)(?:\s+\w+){{0,3}}?\s+with\s+(?:a|the|my|his|her)\s+"
        rf"(?:knife|blade|razor|"
        rf"rope|belt|ligature|gun|{_PILLS})"
        rf"|\b(?:research\w*|looking\s+up|looked\s+up|googl\w+|search\w*)\s+(?:ways|how|methods)\s+"
        rf"to\s+(?:do\s+it|die|kill|end|overdose|hang|take)|\bways\s+to\s+(?:kill\s+{_SELF}|die)"
        rf"|\bhow\s+many\s+(?:\w+\s+)?{_PILLS}\s+(?:it\s+)?(?:would\s+)?(?:take|kill|it\s+takes)"
        rf"|\b(?:texted|messaged|text|message|posted|rang|phoned|called)\s+(?:me\s+|us\s+)?"
        rf"(?:saying|to\s+say)\s+goodbye|\bgoodbye\s+(?:text|message|letter|note|voicemail|call)"
        rf"|\b(?:saying|said|says)\s+(?:his\s+|her\s+|my\s+)?goodbyes?\s+to\s+(?:everyone|people|us|me|family|"
        rf"friends|the\s+family)|\b(?:nearly|almost)\s+(?:did|done|went\s+through\s+with)\s+it\b"
        rf"|\b(?:texted|messaged|text|message|note|letter|voicemail|rang)\b[^.!?]{{0,30}}sorry\s+for\s+"
        rf"everything|\b(?:his|her|their)\s+phone(?:'s|\s+is|\s+has\s+been)\s+(?:off|switched\s+off|dead)"
        rf"|\b(?:i've|i\s+have)\s+(?:already\s+)?said\s+(?:my\s+)?goodbyes?|\b(?:engine|car)\s+running\s+in\s+(?:the|a)\s+garage"
        rf"|\b(?:voices?|my\s+head|my\s+mind|something|a\s+voice)\s+(?:\w+\s+){{0,2}}(?:telling|tell|"
        rf"tells|saying|say|says|ordering|orders)\s+(?:me|him|her|them)?\s*(?:that\s+)?(?:to\s+|i\s+should\s+|"
        rf"he\s+should\s+|she\s+should\s+|i\s+must\s+)(?:{_ACT}|kill|hurt|harm|die|jump|stab|attack|do\s+it)"
        rf"|\b(?:i|he|she)\s+should\s+(?:just\s+)?(?:die|be\s+dead|kill\s+{_SELF})"
        rf"|\b(?:planning|plan|planned|imagining|thinking\s+about)\s+(?:my|his|her)\s+(?:own\s+)?"
        rf"(?:death|suicide|funeral)|\baccess\s+to\s+(?:a\s+|his\s+|her\s+|my\s+|the\s+|\w+'s\s+)?"
        rf"(?:guns?|firearms?|shotguns?)|\b(?:can|canister|bottle|jerry\s+can)\s+of\s+petrol"
        rf"|\b(?:drank|drunk|drinking|swallowed|taken|took|ingested)\s+(?:some\s+)?(?:bleach|"
        rf"anti-?freeze|weed\s*killer|poison|cleaning\s+(?:fluid|products?)|batteries|screen\s*wash)"
        rf"|\b(?:is|he's|she's|they're|are)\s+(?:now\s+)?(?:unconscious|unresponsive|not\s+breathing)"
        rf"|\b(?:can't|cannot)\s+wake\s+(?:him|her|them)|\bempty\s+(?:pill\s+|tablet\s+)?(?:packets|"
        rf"blister\s+packs|boxes|bottles)\b"
        rf"|\b(?:planning|planned|plan|worked\s+out|working\s+out|figured\s+out|thinking\s+about|"
        rf"wondering|think\s+about|researching)\s+how\s+(?:to|"
        rf"i'd|i\s+would|i'll|i\s+will|i'm\s+going\s+to)\s+(?:do\s+it|die|end\s+it|kill\s+{_SELF})"
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
        r"standing|sat|sitting|stood|perched|climbed|climbing)\s+(?:on|at|by|near|over|onto|up)\s+(?:the\s+|a\s+)?"
        r"(?:(?:edge|top)\s+of\s+(?:the\s+|a\s+)?|wrong\s+side\s+of\s+(?:the\s+)?)?(?:\w+\s+)?"
        r"(?:bridge|cliff|roof|rooftop|ledge|railway|tracks|train\s+line|pier|viaduct|flyover|"
        r"balcony|multi[- ]?stor[e]?y|car\s+park|tower\s+block|railings?|platform\s+edge)",
    ),
    (
        "overdose now",
        rf"\b(?:i've|i\s+have|he's|she's|he\s+has|she\s+has|they've|they\s+have|"
        rf"has|have)\s+(?:just\s+|already\s+)?(?:taken|swallowed)\s+{_DOSE}"
        rf"|\b(?:took|taken|swallowed)\s+(?:{_DOSE}|{_RECENT_DOSE})\s+(?:about\s+)?(?:an?\s+hour\s+ago|"
        rf"half\s+an\s+hour\s+ago|\d+\s+(?:mins?|minutes|hours?)\s+ago|tonight|today|this\s+morning|"
        rf"just\s+now)|\bjust\s+(?:took|taken|swallowed)\s+{_DOSE}"
        rf"|\b(?:took|swallowed|downed)\s+(?!an?\s+(?:overdose|od)\b){_DOSE}"
        rf"(?!\s+(?:to|away|with|into|off|out|for|in\s+a\s+bag)\b)"
        rf"|\b(?:has|have|'s|'ve)\s+(?:just\s+)?(?:taken|swallowed)\s+(?:some\s+|a\s+lot\s+of\s+)?"
        rf"(?:pills|tablets|something|everything|the\s+lot|all\s+(?:of\s+)?(?:it|them))\b"
        rf"|\b(?:tried|attempted)\s+(?:to\s+)?(?:kill|hang|end|take|suicide|overdose|jump)\w*"
        rf"(?=[^.!?]*\b(?:last\s+night|tonight|today|this\s+morning|just\s+now|an?\s+hour\s+ago)\b)",
    ),
    (
        "self-harm or an attempt just now",
        rf"\b(?:cut|burnt|burned|hurt|harmed|slashed|scratched|overdosed|hanged|strangled)\s+"
        rf"(?:{_SELF}|(?:my|his|her|their)\s+(?:arms?|legs?|wrists?|skin|body|thighs?))"
        rf"(?=[^.!?]*\b(?:again|last\s+night|tonight|today|this\s+(?:morning|evening|afternoon)|"
        rf"earlier|just\s+now|an?\s+hour\s+ago|minutes\s+ago)\b)"
        rf"|\b(?:holding|clutching)\s+(?:a\s+|the\s+|my\s+)?(?:bottle|box|packet|handful)\s+of\s+"
        rf"(?:\w+\s+)?{_PILLS}"
        rf"|\b(?:i've\s+got|i\s+have|i've|got|holding|bought|have|with)\s+(?:\w+\s+){{0,6}}?"
        rf"(?:all\s+(?:of\s+)?(?:my|his|her|their|the|\w+'?s)\s+(?:\w+\s+)?{_PILLS}"
        rf"|(?:bottle|box|boxes|packet|packets|handful|stash)\s+of\s+(?:\w+\s+)?{_PILLS})"
        rf"(?=[^.!?]*\b(?:sat|sitting|here|ready|now|tonight|in\s+front|next\s+to|as\s+i\s+(?:type|write)))",
    ),
    (
        "self-harm now",
        rf"\b(?:keep|keeps|still|started|starting|start|been|am|i'm|is|he's|she's|are|"
        rf"currently|constantly)\s+(?:self[- ]?harming|(?:cutting|burning|hurting|harming|"
        rf"scratching|hitting)\s+(?:{_SELF}|again|every|{_POSS}\s+(?:arms?|legs?|wrists?|skin|"
        rf"body|head)))|\b(?:i|he|she|they)\s+(?:still\s+)?self[- ]?harms?\b"
        rf"|\b(?:self[- ]?harming|cutting)\s+again"
        rf"|\b(?:i've|i\s+have|he's|she's|he\s+has|she\s+has)\s+(?:just\s+)?(?:cut|burnt|burned|"
        rf"hurt|harmed)\s+{_SELF}|\b(?:has|have|'s|'ve|just)\s+(?:just\s+)?(?:cut|slashed|slit)\s+"
        rf"(?:my|his|her|their)\s+(?:wrists?|arms?|throat|legs?)",
    ),
    (
        "intent to harm others",
        rf"\b(?:i'm|i\s+am|i'll|i\s+will|want\s+to|going\s+to|"
        rf"i\s+feel\s+like|urges?\s+to|(?:thoughts?|images?|pictures?|urges?|impulses?|visions?)"
        rf"(?:\s+in\s+my\s+head)?\s+(?:of|about)|thinking\s+(?:of|about))\s+(?:\w+\s+and\s+)?"
        rf"(?:kill|killing|hurt|hurting|harm|harming|stab|stabbing|strangle|strangling|attack|"
        rf"attacking|batter|battering|shoot|shooting|smother|smothering)\s+{_OTHERS}",
    ),
    (
        "threats of violence",
        rf"\b(?:threaten(?:s|ing|ed)?)\s+(?:to\s+)?(?:kill|hurt|stab|harm|beat|"
        rf"batter|strangle|attack)\s+(?:{_OTHERS}|{_PEOPLE})|\b(?:keeps?\s+|is\s+|are\s+|and\s+)threatening\s+"
        rf"(?:me|us|her|him|the\s+kids|my\s+\w+)"
        rf"|\b(?:he|she|they)(?:'ll|\s+will|'s\s+going\s+to|\s+is\s+going\s+to)\s+(?:kill|hurt|"
        rf"stab|harm|beat)\s+(?:me|us|anyone|someone|her|him|them|the\s+kids|my\s+\w+)"
        rf"|\b(?:he|she|they)\s+(?:has|have|'s\s+got|has\s+got|is\s+holding|'s\s+holding|"
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
        rf"\s+{_PEOPLE}"
        rf"|\b(?:strangled|choked|hit|beat|punched|kicked|raped|assaulted|attacked|stabbed|battered|"
        rf"threatened)\s+{_PEOPLE}(?=[^.!?]*\b(?:last\s+night|tonight|today|this\s+morning|yesterday|"
        rf"again|just\s+now|an?\s+hour\s+ago|this\s+week|twice|every)\b)"
        rf"|\b(?:has|have|'s|'ve)\s+(?:been\s+)?(?:strangled|choked|hit|beaten|punched|kicked|raped|"
        rf"assaulted|attacked|stabbed|battered|threatened)\s+{_PEOPLE}"
        r"|\b(?:being|getting)\s+(?:abused|hit|beaten|neglected|groomed|exploited|assaulted|raped|"
        r"hurt|starved|trafficked)\b|\bnot\s+being\s+(?:fed|looked\s+after)"
        r"|\b(?:taking|stealing|takes|steals)\s+(?:his|her|my|their)\s+(?:money|pension|benefits|"
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
        r"(?:at\s+risk|in\s+danger|not\s+safe|unsafe)",
    ),
)

# Suicidal feelings and abuse named as nouns or adjectives: urgent only with a present-tense cue.
STATE = re.compile(
    rf"\b(?:{_SUIC}al(?:\s+(?:thoughts?|ideation|feelings?|urges?|plans?|intent))?(?!\s+(?:people|"
    rf"patients|callers|men|women|person|individuals|clients|service\s+users))"
    rf"|thoughts?\s+(?:of|about)\s+(?:{_SUIC}e|killing\s+{_SELF}|ending\s+(?:it|{_POSS}\s+life)|"
    rf"dying|self[- ]?harm\w*)|(?:{_SUIC}al\s+)?ideation|domestic\s+(?:violence|abuse))"
)

# Suicide and self-harm words that, in a present-tense clause, are taken as happening now.
SELF_HARM = re.compile(
    rf"\b(?:{_SUIC}\w*|self[- ]?harm\w*|self[- ]?injur\w*|overdos\w*|unalive\w*"
    rf"|(?:kill|killing|kills|cut|cutting|cuts|burn\w*|hurt\w*|harm\w*|hang\w*|strangl\w*)\s+{_SELF}"
    rf"|(?:end|ending|ends|take|taking|takes)\s+(?:it\s+all|{_POSS}\s+(?:own\s+)?life))"
)

# Words that talk about suicide, self-harm or abuse at all: a "mention" when nothing is urgent.
MENTION = re.compile(
    rf"\b(?:{_SUIC}\w*|self[- ]?harm\w*|self[- ]?injur\w*|overdos\w*|unalive\w*|ideation"
    rf"|(?:took|take|taken|taking)\s+an\s+od|(?:took|taken|swallowed)\s+{_DOSE}"
    rf"|(?:kill|killed|killing|kills)\s+{_SELF}(?!\s+laughing)"
    rf"|(?:slit|slashed)\s+(?:my|his|her|their)\s+wrists"
    rf"|(?:end|ended|ending|ends)\s+(?:it\s+all|{_POSS}\s+(?:own\s+)?life)"
    rf"|(?:take|took|taken|taking)\s+{_POSS}\s+own\s+life"
    rf"|(?:end|ended|ending|take|took|taking)\s+(?:their|our)\s+(?:own\s+)?lives"
    rf"|(?:cut|cutting|burn\w*|hurt\w*|harm\w*)\s+{_SELF}|hang(?:ed|ing)?\s+{_SELF}"
    rf"|(?:stopped|no\s+more|quit|given\s+up)\s+(?:cutting|burning)"
    rf"|(?:cuts|scars|wounds)\s+on\s+{_POSS}\s+(?:arms?|legs?|wrists?|thighs?)"
    rf"|wanted\s+to\s+die|want\s+to\s+die|died\s+by|ligature\w*"
    rf"|(?:tried|attempt\w*|threaten\w*)\s+to\s+(?:kill|end|take|jump|hang|drown|overdose|cut)"
    rf"|do\s+(?:something|anything)\s+(?:stupid|silly|daft)"
    rf"|talk(?:ed|ing|s)?\s+(?:me|someone|people|him|her|them)\s+down"
    rf"|railway\s+line|train\s+tracks|(?:died|killed|hit)\s+(?:on|by)\s+(?:the|a)\s+"
    rf"(?:railway|train|tracks)"
    rf"|safeguarding|domestic\s+(?:violence|abuse)|abus(?:e|ed|ing|ive)"
    rf"|(?:wasn't|weren't|was\s+not)\s+safe|risk\s+to\s+(?:him|her|them)sel(?:f|ves)"
    rf"|harm\s+to\s+(?:self|others)|(?:danger|risk)\s+to\s+(?:anyone|others|other\s+people|{_SELF}))"
)
