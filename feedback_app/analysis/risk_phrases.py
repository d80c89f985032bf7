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
    r"gabapentin|propranolol|methadone|antidepressants|sleeping\s+(?:tablets|pills)|morphine|"
    r"oramorph|oxycodone|fentanyl|dihydrocodeine|naproxen|warfarin|heroin|drugs)"
)
_OTHERS = (
    r"(?:him|her|them|someone|somebody|people|others|other\s+people|my\s+\w+|the\s+(?:baby|kids|"
    r"children|neighbours?|staff|nurse|doctor)|you|everyone|anyone|the\s+next\s+person"
    r"|(?:his|her|their)\s+(?:\w+\s+)?(?:children|kids|baby|son|daughter|wife|husband|partner|mum|dad|"
    r"mother|father|family|landlord|neighbours?|boss|ex))"
)

_DOSE = (
    rf"(?:an?\s+)?(?:whole\s+|big\s+|full\s+)?(?:overdose|od\b"
    rf"|(?:[5-9]|\d\d+)\s+(?:of\s+)?(?:my\s+|his\s+|her\s+|their\s+)?(?:\w+\s+)?{_PILLS}"
    rf"|(?:unknown\s+|large\s+|huge\s+)?(?:quantity|amount|number)\s+of\s+(?:[\w']+\s+){{0,2}}{_PILLS}"
    rf"|(?:load|loads|lot|lots|handful|bottle|box|boxes|packet|packets|pack|strip)\s+of\s+"
    rf"(?:[\w']+\s+){{0,2}}{_PILLS}|(?:my\s+|his\s+|her\s+)?(?:whole\s+|entire\s+)?(?:\w+'?s?\s+)?"
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
    rf"(?:kill\s+{_SELF}|end\s+(?:it\s+all|it|things|everything|{_POSS}\s+(?:own\s+)?(?:life|existence))"
    rf"|take\s+{_POSS}\s+(?:own\s+)?life|top\s+{_SELF}|hang\s+{_SELF}|throw\s+{_SELF}"
    rf"|(?:{_METHOD})\s+{_SELF}|set\s+{_SELF}\s+(?:on\s+fire|alight)|set\s+fire\s+to\s+{_SELF}"
    rf"|do\s+something\s+(?:i'll|i\s+will|i'd|i|he'll|she'll)\s+(?:\w+\s+)?regret"
    rf"|jump\s+(?:off|from|in\s+front|under)|jump(?=\s*(?:$|[.,!?]|tonight|now|again|and))|step\s+in\s+front|drown\s+{_SELF}|gas\s+{_SELF}"
    rf"|(?:take\s+an?\s+)?overdose|take\s+an\s+od|take\s+(?:them|it)\s+all"
    rf"|(?:take|swallow|down|neck)\s+(?:everything|the\s+lot|all\s+(?:of\s+)?them|{_DOSE})"
    rf"|drive\s+{_INTO_OBSTACLE}|crash\s+(?:the|my|his|her)\s+car\b"
    rf"|(?:drink|starve|drug)\s+{_SELF}\s+to\s+death|(?:hurt|harm|cut|burn)\s+{_SELF}|self[- ]?harm"
    rf"|not\s+(?:be\s+(?:here|alive|around)|exist)"
    rf"|disappear(?:\s+forever|\s+for\s+good|(?=\s*(?:$|[.,!?]|and\b)))|do\s+(?:something\s+|anything\s+)?(?:stupid|silly|daft)"
    rf"|do\s+something\s+(?:to|with)\s+{_SELF}|be\s+dead|do\s+it\s+(?:properly|right|for\s+real|"
    rf"this\s+time|again)|use\s+(?:it|that|the\s+\w+|an?\s+\w+)\s+on\s+{_SELF}|unalive\s+{_SELF}|kms|off\s+{_SELF}"
    rf"|finish\s+(?:it\s+all|{_SELF}\s+off|things|it(?=\s*(?:$|[.,!?]|tonight|now|for\s+good|once)))|stop\s+(?:existing|living|being\s+alive)"
    rf"|(?:go\s+to\s+)?sleep\s+forever|never\s+wake\s+up|walk\s+(?:into|in\s+front\s+of)\s+(?:the\s+)?(?:sea|river|traffic|an?\s+(?:car|bus|train|lorry)))"
)
# The same acts as gerunds, after "thinking of", "talking about", "urges to" ...
_ACTING = (
    rf"(?:killing\s+{_SELF}(?!\s+laughing)|ending\s+(?:it\s+all|it|things|everything|{_POSS}\s+(?:own\s+)?life)"
    rf"|taking\s+(?:all|the\s+lot|everything|{_DOSE})|taking\s+{_POSS}\s+(?:own\s+)?life|(?:topping|offing|unaliving)\s+{_SELF}|{_SUIC}e|dying|jumping\s+(?:off|from|in\s+front)"
    rf"|hanging\s+{_SELF}|(?:{_METHOD}ing)\s+{_SELF}|overdosing|taking\s+an\s+overdose|(?:stepping|walking|running|throwing\s+{_SELF})\s+in\s+front"
    rf"|walking\s+(?:out\s+)?into\s+(?:the\s+)?(?:traffic|sea|river|road)"
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
        rf"talking|talks|feel|feels|feeling|felt|threatening|threatens|urges?|planning|plan|plans)\s+"
        rf"(?:about|of|like|to|on)?\s*(?:just\s+|really\s+|seriously\s+)?{_ACTING}(?![\w-])",
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
        rf"collected)\s+(?:all\s+)?(?:of\s+)?(?:my\s+|the\s+|some\s+|his\s+|her\s+)?{_PILLS}"
        rf"|\b(?:{_PILLS}|rope|ligature|knife|blade|razor)\s+(?:are\s+|is\s+)?(?:still\s+)?(?:ready|lined\s+up|"
        rf"here|on\s+the\s+(?:side|table|bed)|"
        rf"in\s+front\s+of\s+me|next\s+to\s+me|in\s+my\s+hand)"
        rf"|\b(?:bought|got|have|buying)\s+(?:a\s+|some\s+|the\s+)?(?:rope|ligature|razor\s+blades)"
        rf"|\bblade\s+in\s+my\s+hand|\b(?:i|he|she|they)(?:\s+has|\s+have|'s\s+got|'ve\s+got|\s+has\s+got|"
        rf"\s+have\s+got)\s+a\s+plan\b(?!\s+for)|\b(?:the\s+)?date\s+is\s+set\b|\ba\s+plan\s+for\s+(?:tonight|tomorrow|(?:mon|tues|wednes|"
        rf"thurs|fri|satur|sun)day|the\s+weekend)\b(?!'?s?\s+(?:appointment|visit|review|discharge|"
        rf"meeting))|\b(?:set|picked|chosen|chose)\s+a\s+date\b"
        rf"|\benough\s+(?:\w+\s+)?{_PILLS}\s+(?:saved|stashed|stockpiled|hidden|put\s+away|to\s+(?:do\s+it|"
        rf"kill|end|die))|\b{_PILLS}\s+(?:saved\s+up|stashed|stockpiled|hidden\s+away)"
        rf"|\bhose\s*pipe\b|\b(?:car|exhaust)\b[^.!?]{{0,40}}\bhose\b|\bhose\b[^.!?]{{0,40}}\b(?:car|exhaust)\b"
        rf"|\b(?:know|decided|worked\s+out|picked|chosen|chose)\s+(?:where|when|how)\s+(?:i'm|i\s+am|i'll|"
        rf"i\s+will|he's|she's|he'll|she'll)\s+(?:going\s+to\s+)?do\s+it\b|\bengine\s+running\b(?!\s+(?:to|so|for)\b)"
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
        rf"|\b(?:i|he|she)\s+(?:should|might\s+as\s+well|may\s+as\s+well)\s+(?:just\s+)?(?:die|be\s+dead|"
        rf"{_ACT})"
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
        rf"(?:\s+in\s+my\s+head)?\s+(?:of|about)|thinking\s+(?:of|about)|imagining|picturing|"
        rf"fantasi[sz]ing\s+about|dreaming\s+(?:of|about))\s+(?:\w+\s+and\s+|end\s+up\s+)?"
        rf"(?:kill|killing|hurt|hurting|harm|harming|stab|stabbing|strangle|strangling|attack|"
        rf"attacking|batter|battering|shoot|shooting|smother|smothering)\s+{_OTHERS}",
    ),
    (
        "threats of violence",
        rf"\b(?:threaten(?:s|ing|ed)?)\s+(?:to\s+)?(?:[\w']+\s+){{0,5}}?(?:kill|hurt|stab|harm|beat|"
        rf"batter|strangle|attack)\s+(?:{_OTHERS}|{_PEOPLE})|\b(?:keeps?\s+|is\s+|are\s+|and\s+)threatening\s+"
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
        rf"\s+{_PEOPLE}"
        rf"|\b(?:strangled|choked|hit|beat|punched|kicked|raped|assaulted|attacked|stabbed|battered|"
        rf"grabbed|pushed|shoved|slapped|smacked|dragged|threw|pinned|bit|burnt|burned|throttled|"
        rf"threatened)\s+{_PEOPLE}(?=[^.!?]*\b(?:last\s+night|tonight|today|this\s+morning|yesterday|"
        rf"again|just\s+now|an?\s+hour\s+ago|this\s+week|twice|every)\b)"
        rf"|\b(?:has|have|'s|'ve)\s+(?:just\s+|again\s+)?(?:been\s+)?(?:strangled|choked|hit|beaten|punched|kicked|raped|"
        rf"assaulted|attacked|stabbed|battered|threatened)\s+{_PEOPLE}"
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
    # Broader signals, written as kinds of evidence rather than as whole sentences.
    (
        "farewell or final arrangements",
        r"\b(?:said|saying|say|says|sayin)\s+(?:my|our|his|her|their)\s+goodbyes?\b"
        r"|\b(?:said|saying|say|says|sayin)\s+goodbyes?\s+(?:to\s+(?:my|his|her|our|everyone|everybody|family|"
        r"friends|kids|children|us|me|people|the\s+(?:kids|children|family|dog|cat))\b|(?=[.,!?]|$))"
        rf"|\bgoodbye\b(?=[^.!?]{{0,40}}\b(?:thank|sorry|not\s+your\s+fault|love\s+you|forgive))"
        rf"|\b(?:letters?|notes?)\s+(?:to|for)\s+(?:everyone|everybody|all\s+of\s+(?:you|them)|"
        rf"{_PEOPLE})\b(?=[^.!?]*\b(?:gone|dead|not\s+here|find|after))"
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
        rf"{_PILLS}|\b{_PILLS}\b[^.!?]{{0,40}}\bfor\s+when\s+(?:it|things|i)\b"
        rf"|\b(?:i've|i\s+have|i|he|she|he's|she's|they|they've)\s+(?:got|has|have|had|bought|"
        rf"keeps?)\s+(?:a|the)\s+(?:gun|shotgun|rifle|firearm|rope|noose)\b"
        rf"|\b(?:how\s+many|how\s+much)\s+(?:\w+\s+)?(?:{_PILLS}|insulin)\s+(?:would|it\s+would|"
        rf"it\s+takes|to)\b|\b(?:looking|looked|look)\s+up\s+(?:how|ways|methods)\b"
        rf"|\b(?:stopped|stop|not|quit)\s+taking\s+(?:my|his|her)\s+(?:\w+\s+)?(?:{_PILLS}|insulin)"
        rf"\s+(?:on\s+purpose|so\s+(?:i|it|that)|to\s+(?:die|end))",
    ),
    (
        "self-harm now",
        rf"\b(?:starv\w+|punish\w*|bang\w*|burn\w*|scratch\w*|bit\w*|cut\w*|hit\w*|hurt\w*|"
        rf"pick\w*|open\w*)\s+(?:{_SELF}|(?:my|his|her|their)\s+(?:\w+\s+)?(?:head|arms?|legs?|"
        rf"wrists?|skin|thighs?|wounds?|scars?|face|hands?|stomach))\b"
        rf"(?=[^.!?]{{0,60}}\b(?:on\s+purpose|again|until|till|deliberately|every|to\s+(?:feel|cope|"
        rf"punish|stop)|so\s+(?:i|it)|when\s+it\s+gets|whenever))"
        rf"|\bstarving\s+{_SELF}|\bbleed\s+out\b"
        rf"|\b(?:i'm|i\s+am|he's|she's|been|am|is)\s+(?:going\s+to\s+)?(?:cutting|cut|burning|burn)"
        rf"(?=\s*(?:$|[.,!?]|tonight|now|again|today|later|deep|deeper|and\s+i))"
        rf"|\b(?:bought|buying|buy|got|collected)\s+(?:\w+\s+){{0,3}}?{_PILLS}\s+(?:from|at|in)\s+"
        rf"(?:\w+\s+)?(?:different|several|two|three|four|five|lots\s+of|multiple)\s+(?:shops|chemists|"
        rf"pharmacies|places|supermarkets)|\b(?:on\s+purpose|deliberately)\s+(?:cut|hurt|burn|starv)\w*"
        rf"|\b(?:picking|opening|reopening)\s+(?:at\s+)?(?:the|my|his|her)\s+(?:wounds|cuts|scars)"
        rf"|\b(?:cutting|burning|harming)(?:\s+{_SELF})?\s+again\b"
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
        rf"|\b(?:took|taken|taking|swallowed|swallowing)\s+(?:\w+\s+){{0,5}}?(?:{_PILLS}|them|it)\s+"
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
        rf"(?:{_SUIC}al\s+(?:ideation|thoughts|intent|plans?)|si\b|thoughts\s+of\s+(?:{_SUIC}e|"
        rf"self[- ]?harm|harming|killing|ending|taking))"
        rf"|\b(?:{_SUIC}al\s+(?:ideation|thoughts)|si)\s+with\s+(?:a\s+|clear\s+)?(?:plan|intent|means)"
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
        rf"(?:\s+feeling)?|^\s*feeling)\s+(?:really\s+|so\s+|very\s+|quite\s+)?unsafe\b|\b(?:can't|cannot|don't|do\s+not)\s+trust\s+(?:{_SELF}|me)\b"
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
        rf"living|making\s+it)|\b(?:stash|stockpile|hoard)\s+of\s+(?:\w+\s+)?{_PILLS}"
        rf"|\bcounting\s+(?:out\s+)?(?:them|my|the)\s+(?:\w+\s+)?(?:{_PILLS}|them)?\b(?=[^.!?]*"
        rf"(?:{_PILLS}|them))",
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
        rf"|\b(?:going\s+to|gonna|'ll|will|wants\s+to|want\s+to)\s+(?:go|come)\s+after\s+{_OTHERS}"
        rf"|\buse\s+(?:it|that|this)\s+on\s+(?:him|her|them|someone|somebody|you|anyone|people)\b"
        rf"|\b(?:scared|afraid|frightened|worried|terrified)\s+(?:that\s+)?(?:i'll|i\s+will|"
        rf"i\s+might|i\s+could|i'm\s+going\s+to|he'll|he\s+will|he\s+might|she'll|she\s+might)\s+"
        rf"(?:\w+\s+)?(?:hurt|harm|kill|attack|hit|shake|smother|do\s+something\s+to)\s+{_OTHERS}"
        rf"|\b(?:scared|afraid|frightened|terrified|worried)\s+(?:that\s+)?(?:he|she|they|{_PEOPLE})\s+"
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
        rf"|\b(?:pile|photo|picture|heap)\s+of\s+(?:\w+\s+)?{_PILLS}"
        rf"|\bwith\s+a\s+bottle\s+of\s+\w+\s+and\s+(?:his|her|my|the|their)\s+{_PILLS}"
        rf"|\b(?:saying|says|said)\s+(?:it's|it\s+is|its)\s+(?:tonight|today)\b"
        rf"|\b(?:tonight|today)\s+feels\s+different\b|\bparked\s+up\s+somewhere\s+(?:quiet|remote|dark)"
        rf"|\bwalked\s+(?:out\s+)?(?:further|too\s+far)\b"
        rf"|\b(?:saying|says|said|keeps\s+saying|threatening)\s+(?:she's|he's|i'm|they're)\s+going\s+to\s+"
        rf"do\s+it\b|\bcan't\s+stop\s+(?:cutting|harming|self[- ]?harming|scratching|burning)\b"
        rf"|\b(?:rung|rang|called|phoned|texted|messaged|(?:writing|typing)\s+this)\s+(?:me\s+|us\s+)?"
        rf"from\s+(?:the\s+|a\s+)?"
        rf"(?:\w+\s+)?(?:bridge|cliff\s*top|cliffs?|roof|rooftop|railway|tracks|viaduct|pier|beach)\b"
        rf"|\bstopped\s+(?:taking\s+)?(?:my|his|her)\s+(?:\w+\s+)?(?:tablets|meds|medication|insulin)\b"
        rf"[^.!?]{{0,40}}\bwhatever\s+happens",
    ),
    (
        "farewell or final arrangements",
        r"\bwho\s+gets\s+what\b|\bmade\s+(?:my|his|her|their)\s+peace\b|\blast\s+post\b"
        r"|\b(?:love|luv)\s+(?:you|u|ya)\s+all\W+(?:\w+\W+){0,2}sorry\b"
        r"|\b(?:won't|will\s+not|wont)\s+be\s+needing\s+(?:it|them|that|the\s+\w+|my\s+\w+)\b"
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
        r"\bfinish\s+(?:what\s+(?:i|he|she|they)\s+started|it\s+for\s+(?:good|both\s+of\s+us))\b"
        r"|\b(?:i|he|she)\s+(?:won't|will\s+not|wont)\s+last\s+(?:\d+\s+\w+|much\s+longer|that\s+long|"
        r"till|until|the\s+(?:week|weekend|night))"
        r"|\b(?:would|'d)\s+(?:manage|cope|be\s+fine|do\s+fine)\s+(?:fine\s+|better\s+)?without\s+"
        r"(?:me|him|her)\b",
    ),
    (
        "intent to harm others",
        r"\bmake\s+(?:him|her|them)\s+stop\s+for\s+good\b|\babout\s+stopping\s+(?:her|him|them)\b",
    ),
    (
        "abuse or neglect now",
        r"\b(?:children|kids|child|baby|toddler)\b[^.!?]{0,80}\bno\s+other\s+adult\b"
        r"|\bbaby\s+(?:isn't|is\s+not)\s+(?:hers|his|theirs)\b",
    ),
)

# Suicidal feelings and abuse named as nouns or adjectives: urgent only with a present-tense cue.
STATE = re.compile(
    rf"\b(?:(?:sexual|physical|emotional|financial|child|elder)\s+abuse|dv\b|{_SUIC}al(?:\s+(?:thoughts?|ideation|feelings?|urges?|plans?|intent))?(?!\s+(?:people|"
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
    rf"|(?:take|took|taken|taking)\s+{_POSS}\s+(?:own\s+)?life"
    rf"|(?:end|ended|ending|take|took|taking)\s+(?:their|our)\s+(?:own\s+)?lives"
    rf"|(?:cut|cutting|burn\w*|hurt\w*|harm\w*)\s+{_SELF}(?!\s+(?:shaving|cooking|on\s+(?:a|the)|"
    rf"by\s+accident|accidentally))|hang(?:ed|ing)?\s+{_SELF}"
    rf"|(?:beat|beaten|beating|hit|hitting|punched|strangled|raped|assaulted)\s+(?:us|me|her|him|them|"
    rf"my\s+\w+)(?!\s+(?:head|knee|elbow|arm|leg|back|hand|face)\b)|violent|(?:hurt|harm|kill)\w*\s+(?:my\s+(?:kids|children|baby|son|daughter|partner|"
    rf"wife|husband)|anyone|anybody|others|someone)|(?:my|his|her|their|suicide|previous|first)\s+"
    rf"attempts?\b(?!\s+to\s+(?:call|ring|get|contact|reach|book|speak|phone))"
    rf"|(?:stopped|no\s+more|quit|given\s+up)\s+(?:cutting|burning)"
    rf"|(?:cuts|scars|wounds)\s+on\s+{_POSS}\s+(?:arms?|legs?|wrists?|thighs?)"
    rf"|wanted\s+to\s+die|want\s+to\s+die|died\s+by|ligature\w*"
    rf"|(?:tried|tries|trying|attempt\w*|threaten\w*)\s+to\s+(?:kill|end|take|jump|hang|drown|overdose|cut)"
    rf"|do\s+(?:something|anything)\s+(?:stupid|silly|daft)"
    rf"|talk(?:ed|ing|s)?\s+(?:me|someone|people|him|her|them)\s+down"
    rf"|railway\s+line|train\s+tracks|(?:died|killed|hit)\s+(?:on|by)\s+(?:the|a)\s+"
    rf"(?:railway|train|tracks)"
    rf"|cutter|violence|(?:nearly|almost)\s+(?:ended\s+(?:it|things|my\s+life)|killed\s+{_SELF}|took\s+my\s+"
    rf"(?:own\s+)?life|did\s+it)|end(?:ed|ing)?\s+things|dark\s+place"
    rf"|safeguarding|dv\b|domestic\s+(?:violence|abuse)|abus(?:e|ed|ing|ive)"
    rf"|(?:wasn't|weren't|was\s+not)\s+safe|risk\s+to\s+(?:him|her|them)sel(?:f|ves)"
    rf"|harm\s+to\s+(?:self|others)|(?:danger|risk)\s+to\s+(?:anyone|others|other\s+people|{_SELF}))"
)


# Neglect needs both, in one sentence: someone who depends on others and care that is not given.
DEPENDENT = re.compile(
    r"\b(?:(?:my|his|her|their|our|the)\s+(?:\w+\s+)?)?(?:mum|mother|mam|dad|father|nan|nana|gran|"
    r"granny|grandma|grandad|grandpa|grandmother|grandfather|grandson|granddaughter|baby|toddler|"
    r"kids|children|child|son|daughter|auntie|aunt|uncle|brother|sister|neighbour|little\s+(?:girl|boy|"
    r"one|ones)|girl|boy|old\s+(?:man|woman|lady|gentleman|chap|fella))\b"
    r"|\b(?:elderly|frail|bedbound|bed-bound|housebound|disabled|vulnerable|dementia|confused|"
    r"\d+\s*(?:year|yr)s?\s*old|baby|toddler|infant|care\s+home|nursing\s+home|carers?)\b"
)
NEGLECT = re.compile(
    r"\b(?:not|isn't|hasn't|hasnt|isnt|stopped|barely|hardly)\s+(?:been\s+)?(?:eating|drinking|"
    r"eaten|fed|washed|changed|getting\s+(?:food|meals|fed|(?:his|her|their)\s+(?:meds|medication)))"
    r"|\b(?:no|nothing)\s+(?:food|to\s+eat|money\s+for\s+food|heating|water)\b"
    r"|\b(?:no\s*one|nobody|noone|no-one)(?:'s|\s+is|\s+was)\s+(?:home|in|there|around|about)\b"
    r"|\bno\s+(?:adults?|grown[- ]ups?|parents?)\s+(?:at\s+home|in|around|there)\b"
    r"|\b(?:dehydrated|starving|malnourished|soiled|unwashed|filthy|neglected)\b"
    r"|\brefus\w+\s+(?:food|to\s+eat|to\s+drink|water|fluids)"
    r"|\b(?:not|isn't|aren't|hasn't|haven't|never|didn't|don't|doesn't)\s+(?:been\s+)?(?:giving|given)\s+"
    r"(?:him\s+|her\s+|them\s+|my\s+\w+\s+)?(?:his|her|their|any|enough)\s+(?:meds|medication|food|"
    r"drinks?|water|insulin|tablets|meals|to\s+eat|to\s+drink)"
    r"|\b(?:carers?|care\s+(?:workers?|staff|company|agency)|agency|district\s+nurses?|nobody|no\s*one|"
    r"anyone|family)\s+(?:\w+\s+){0,2}(?:(?:haven't|hasn't|never|not|isn't|aren't)\s+(?:been\s+)?"
    r"(?:turned\s+up|turning\s+up|come|coming|visited|visiting|checked|checking|been)\b|(?:didn't|don't|"
    r"doesn't)\s+(?:turn\s+up|come|visit|check)\s+(?:any\s*more|at\s+all|for\s+days))"
    r"|\b(?:no\s*one|nobody|noone|no-one)\s+(?:is\s+|has\s+been\s+)?(?:checking|checked|visiting|"
    r"looking\s+after|feeding|helping|caring|helps|feeds|checks|visits|cares)"
    r"|\blying\s+in\s+(?:his|her|their)\s+own\s+(?:mess|urine|wee|faeces|poo|waste|vomit)"
    r"|\b(?:wet|soiled|dirty)\s+(?:pads|nappies|nappy|bed|clothes|sheets)\b"
    r"|\b(?:haven't|hasn't|not)\s+(?:seen|heard\s+from)\s+(?:him|her|them)\s+(?:for|in)\s+(?:days|weeks|"
    r"\w+\s+days)|\bskin\s+and\s+bone|\bignor\w+\s+(?:him|her|them|the\s+(?:old|elderly|frail))\b"
    r"|\b(?:can't|cannot)\s+get\s+to\s+the\s+(?:toilet|loo|bathroom)"
    r"|\b(?:only|main|sole)\s+carer\b[^.!?]{0,60}\b(?:in\s+hospital|admitted|died|passed|away|arrested|gone)|\b(?:crying|screaming)\s+(?:non-?stop\s+)?for\s+hours"
    r"|\bno\s+sign\s+of\s+(?:anyone|anybody|an\s+adult|(?:the|his|her|their)\s+(?:parents?|mum|dad|mother|"
    r"father))|\b(?:leaves|left|leaving)\s+(?:him|her|them)\s+(?:out\s+)?in\s+the\s+cold\b|\b(?:found\s+)?wandering\s+(?:alone|the\s+streets|at\s+night|outside|in\s+the\s+road)"
    r"|\bbruis\w+\s+all\s+over"
    r"|\b(?:marks|bruises|burns)\s+on\s+(?:him|her|them|his|her|their)\b"
    r"|\b(?:shout|scream|yell|swear|snap)(?:s|ing)?\s+at\s+(?:him|her|them)\b|"
    r"\brough\s+with\s+(?:him|her|them)"
    r"|\b(?:left|leaves|leaving)\s+(?:him|her|them|\w+)?\s*(?:alone|on\s+(?:his|her|their)\s+own)"
    r"\b(?=[^.!?]*\b(?:while|all\s+(?:day|night)|for\s+hours|drinking|out))"
)

# Danger signs that, in a present-tense clause about a person, are read as happening now.
DANGER = re.compile(
    r"\b(?:(?:razors?|(?:razor\s+)?blades?)(?![^.!?]{0,40}\b(?:shav\w*|ecg|electrodes?|hair))|noose|"
    r"ligature|violent|(?:(?:fresh|new|deep)\s+(?:scratches|cuts|marks|burns)\s+(?:all\s+)?(?:over|on|up|down)|"
    r"(?:scratches|cuts|marks|burns|bruises)\s+all\s+over)\s+"
    r"(?:her|his|their|my)\s+(?:arms?|legs?|wrists?|thighs?|body)|purging|making\s+(?:myself|himself|herself)\s+sick|(?:off|over)\s+(?:a|the)\s+cliffs?"
    r"|(?:hurt|harm|attack|kill)\s+(?:someone|somebody|anyone|people)"
    r"|(?:won't|will\s+not)\s+be\s+(?:a\s+problem|a\s+burden|around|here|alive)\s+(?:for\s+)?"
    r"(?:much\s+)?(?:longer|soon|tomorrow|by))\b"
)

# The safety net: a sentence that pairs a person in the present with one of these danger words is
# urgent unless it is past, negated, general, about services or an idiom (risk.py decides). It is
# for the long tail of wordings the phrases above do not know, so it is broad on purpose.
NET_DANGER = re.compile(
    rf"\b(?:die|dying|dead|death|kill\w*|end\s+(?:it|things|everything|my\s+life)|overdos\w*|od|"
    rf"{_SUIC}\w*|(?:hid\w*|sav\w*|stockpil\w*|hoard\w*|swallow\w*|collect\w*|stash\w*|lined\s+up)\s+"
    rf"(?:[\w']+\s+){{0,3}}(?:pills|tablets|meds|medication)|(?:pills|tablets|meds)\s+lined|cut|cuts|cutting|slit\w*|ligature|noose|rope|hang|hanging|"
    rf"jump\w*|(?:stood|standing|sat|sitting|climb\w*|edge|jump\w*|over)\s+(?:\w+\s+){{0,3}}"
    rf"(?:bridge|viaduct|ledge|roof|cliff)|ledge|railings?|tracks|railway|knife|knives|blade|blades|razors?|"
    rf"weapon\w*|gun|hammer|bat|hurt\w*|harm\w*|attack\w*|hit|hits|hitting|beat|beats|beating|"
    rf"punch\w*|stab\w*|strangl\w*|throat|abus\w*|groom\w*|not\s+safe|unsafe|goodbyes?|bleed\w*|"
    rf"burn|burns|burning|threaten\w*|touching\s+(?:me|her|him)|starving|end\s+of\s+the\s+road|"
    rf"done\s+with\s+(?:life|it\s+all|everything)|better\s+off|burden|bleach|petrol|empty\s+packets|"
    rf"(?:taken|took|swallowed|had|drunk|drank)\s+(?:\d+|loads|lots|a\s+load|a\s+handful|a\s+bottle|"
    rf"all)|(?:want|reason|point|worth|nothing\s+left)\s+(?:\w+\s+){{0,2}}liv(?:e|ing)|"
    rf"(?:see|what's)\s+the\s+point|can't\s+(?:cope|go\s+on|carry\s+on|do\s+this|take\s+(?:it|this)|"
    rf"last|keep\s+{_SELF}\s+safe)|(?:don't|not)\s+feel\s+safe|danger\s+to|(?:scared|frightened|"
    rf"terrified)\s+(?:of\s+(?:him|her|them|my)|to\s+(?:go|leave|tell))|disappear\w*|"
    rf"(?:i'm|i\s+was|is|was)\s+gone|sorry\s+for\s+everything|made\s+(?:up\s+)?my\s+mind|"
    rf"had\s+enough|(?:all|everything|it)\s+(?:to\s+)?(?:stop|be\s+over)|sleep\s+forever|"
    rf"(?:not|never|don't\s+want\s+to)\s+wake\s+up|plan\w*\s+(?:my|his|her)\s+death|"
    rf"(?:a\s+)?plan\s+and\s+the\s+means|urges?|violent|touching|dehydrated|"
    rf"not\s+(?:be\s+)?here|(?:step|walk|run|jump|throw|ly|lie)\w*\s+(?:\w+\s+)?in\s+front\s+of|into\s+(?:a|the)\s+(?:wall|sea|river|traffic|canal)|"
    rf"off\s+(?:a|the)\s+(?:cliff|bridge|roof|pier|edge)|edge\s+of|(?:i'm|i\s+am|i\s+was|be|is)\s+gone|no\s+(?:reason|point)|"
    rf"end\w*\s+(?:it|things|my|his|her|their)|(?:don't|do\s+not|doesn't)\s+(?:want\s+to\s+(?:live|be\s+"
    rf"here|wake)|see\s+(?:the\s+point|a\s+way|any\s+future)|deserve\s+to\s+live)|(?:notice|care)\s+if|"
    rf"(?:can't|cannot)\s+(?:see\s+(?:a\s+way\s+out|any\s+(?:future|way\s+out|point))|live)|(?:rather|better)\s+(?:be\s+)?dead|(?:can't|cannot|not|"
    rf"struggling\s+to)\s+(?:[\w']+\s+){{0,3}}safe|do\s+something|nearly\s+did\s+it|giving\s+(?:\w+\s+)?"
    rf"things\s+away|shotgun|guns?|sat\s+in\s+the\s+car|written\s+(?:a\s+)?(?:note|letters?)|"
    rf"note\s+(?:for|saying)|in\s+danger|smashing|taking\s+(?:her|his|their)\s+money|starved|"
    rf"much\s+longer|(?:had\s+it|done)\s+with\s+life|nothing\s+left|worse\s+by\s+the\s+day|"
    rf"come\s+back|take\s+(?:them|it)\s+all|take\s+everything|(?:rather|better)\s+be\s+dead|tablets\s+(?:ready|on\s+the\s+side)|"
    rf"bottle\s+of\s+(?:pills|tablets)|razor|ideation|(?:isn't|not)\s+worth\s+living|"
    rf"(?:taken|took|swallowed)\s+(?:\w+\s+)?(?:pills|tablets)|bled|scratch\w*\s+(?:my|his|her|their)\s+"
    rf"(?:wrists?|arms?|legs?)|(?:wasn't|weren't)\s+here|(?:didn't|not|never)\s+wake)\b"
)
# Someone the sentence is about: a pronoun, a person, or a sentence that drops its "I".
NET_PERSON = re.compile(
    r"\b(?:i|i'm|i've|i'll|me|my|myself|he|he's|his|him|himself|she|she's|her|herself|they|they're|"
    r"their|them|themselves|man|woman|lad|girl|boy|bloke|guy|residents?|caller|patient|service\s+user|client|pupil|child|"
    r"son|daughter|mum|dad|husband|wife|partner|brother|sister|neighbour|mate|friend|"
    r"flatmate|housemate|urges?)\b|^\s*(?:su[ia]?[cs][ie]?dal|no|nothing|don't|can't|want|so|"
    r"honestly|tbh|please|need|not|really|literally|been|feel|feeling|want|keep|can't|cut|took|taken|just|"
    r"still|going\s+to|thinking)\b"
)
# The sentence is about now: a present or future verb, or a word of time.
NET_NOW = re.compile(
    r"\b(?:am|i'm|is|are|he's|she's|they're|we're|keep|keeps|has|have|i've|now|tonight|today|"
    r"currently|still|right\s+now|want|wants|will|i'll|he'll|she'll|they'll|going\s+to|can't|says|"
    r"saying|telling|threatening|just|won't|feel|feels|need|needs|got|would|wish|again|"
    r"anymore|any\s+more|last\s+night|this\s+(?:morning|week)|(?:minutes|an?\s+hour|hours)\s+ago|getting|worse|sat|sitting|stood|"
    r"standing|holding|every\s+(?:night|day)|planning|thinking|threatens|talking|talks|rather)\b"
)
# Idioms and everyday uses of the danger words, anywhere in the sentence.
NET_IDIOM = re.compile(
    r"\b(?:killing\s+(?:it|me|us)|kill\s+for|dying\s+(?:for|to)|dead\s+(?:on|against|tired|good|nice|"
    r"easy|right|set|end|lucky|proud|chuffed|impressed)|drop[- ]dead|hit\s+the\s+(?:roof|spot|nail|"
    r"ground)|hit\s+(?:my|his|her|their)\s+(?:head|knee|back|leg|arm)|(?:pain\s*killers?|killers)|"
    r"cut\s+(?:off|back|short|down|out|through|corners|the\s+(?:ring|queue))|cuts?\s+(?:to|in)\s+"
    r"(?:services|funding|staff|the)|knife\s+and\s+fork|hang\s+(?:in\s+there|on|around|about|up)|"
    r"bridge\s+the|beat\s+the|blood\s+pressure|prescri\w*|pharmac\w*|hurts?\s+(?:like|when)|"
    r"(?:my|his|her|their)\s+(?:back|leg|legs|arm|arms|knee|knees|head|chest|hip|neck|foot|feet|ankle|"
    r"wrist|stomach|tummy|shoulder|side)\s+(?:hurts?|is\s+killing)|dead\s+battery|phone\s+(?:is|was)"
    r"\s+dead|deadline|kill\s+me\s+one\s+day|(?:stress|waiting|wait|queues?|boredom)\b[^.!?]{0,30}\bkill|"
    r"can't\s+cope\s+with\s+the\s+(?:wait\w*|queues?|phones?|system|service|noise|delays?)|overdose\s+of\s+"
    r"\w+ing|killing\s+(?:the|people's|our|morale|trust)|never\s+once|made\s+(?:me|us)\s+"
    r"feel|like\s+a\s+burden\s+(?:calling|ringing|asking|to\s+(?:the|staff))|lost\s+(?:\w+\s+){0,3}to|"
    r"bereaved|(?:heart|panic|asthma|anxiety)\s+attacks?|chest|pain|breathe?|through\s+the\s+"
    r"roof|shot\s+(?:myself|himself|herself)\s+in\s+the\s+foot|kill(?:ed|s)?\s+the\s+(?:sirens?|"
    r"engine|lights|mood)|kill\s+to|someone\s+you|when\s+someone|what\s+it\s+is\s+like)\b"
)
# In the sentence: the danger is over or denied ("stopped", "no intention of", "years since").
NET_LETOFF = re.compile(
    r"\b(?:not\s+going\s+to|no\s+(?:thoughts?|intention|plans?)|no\s+longer\s+(?:self|cutting|"
    r"harming|hurting|feel|have|suicidal)|never\s+(?:had|have|would|will|"
    r"felt)|not\s+(?:suicidal|at\s+risk)|(?:years?|months?)\s+since|"
    r"stopped\s+(?:after|since|now|completely)|better\s+place)\b"
)
# Past verbs that put the sentence in the past unless a word of now is there too.
NET_PAST = re.compile(
    r"\b(?:(?<!if\si\s)(?<!wish\si\s)(?<!if\she\s)(?<!if\sshe\s)was|were|(?<!has\s)(?<!have\s)(?<!i've\s)(?<!he's\s)(?<!she's\s)had|killed|died|attempted|"
    r"attempt|threatened|used\s+to|thought|felt|"
    r"\d+\s+(?:years?|months?)\s+ago)\b"
)
NET_NOW_AGAIN = re.compile(
    r"\b(?:again|tonight|today|right\s+now|just|this\s+(?:morning|afternoon|evening)|is\s+back|"
    r"are\s+back|still\s+(?:in|here|there|has|got|on|at|with|sat))\b"
)
# About services, staff or policy rather than a person now.
NET_SERVICES = re.compile(
    r"\b(?:training|awareness|prevention|pathway|policy|policies|statistics|leaflets?|workshops?|"
    r"campaign\w*|research|helplines?|volunteers?|callers|calls\s+we|rates|triage|an?\s+(?:\w+\s+)?patient\s+who|protocol|guidance|course|calls\s+(?:like|about)|crews?\s+(?:deal|deals|"
    r"dealing)|staff\s+(?:deal|deals|dealing|who)|the\s+service\s+(?:should|needs|could)|jobs?|"
    r"someone's|expected\s+to|debrief\w*|wellbeing)\b"
)
