"""What the risk check looks for: the building blocks of its urgent phrases (people, pills,
ways of ending a life), and the words read in context (a state named now, words that only mention
risk, the safety net's danger words).

Pure data (regular expressions over lower-cased text with normalised apostrophes); risk.py decides
from the words around each match whether it is current, past, negated or general. The urgent
phrases themselves are in risk_statements.py (what someone says they will do or is doing),
risk_signals.py (indirect signs: farewells, preparations, a safeguarding concern nobody acted on)
and risk_indirect.py (the wordings later rounds of new writing showed).
"""

from __future__ import annotations

import re

PEOPLE = (
    r"(?:me|us|her|him|them|the\s+kids|the\s+children|(?:my|our|his|her)\s+(?:\w+\s+)?(?:son|"
    r"daughter|kids|children|child|baby|mum|mother|dad|father|sister|brother|nan|gran|wife|"
    r"husband|partner|grandson|granddaughter|friend))"
)
SELF = r"(?:myself|himself|herself|themselves|themself|yourself)"
POSS = r"(?:my|his|her|their|your)"
SUIC = r"su(?:i|a)?[cs](?:i|e)?d"  # suicide, sucide, suicde, suiside ...
PILLS = (
    r"(?:tablets|pills|meds|medication|paracetamol|painkillers|co-?codamol|codeine|insulin|"
    r"ibuprofen|aspirin|tramadol|sertraline|fluoxetine|citalopram|mirtazapine|amitriptyline|"
    r"venlafaxine|quetiapine|olanzapine|lithium|diazepam|lorazepam|zopiclone|pregabalin|"
    r"gabapentin|propranolol|methadone|antidepressants|sleeping\s+(?:tablets|pills)|morphine|"
    r"oramorph|oxycodone|fentanyl|dihydrocodeine|naproxen|warfarin|heroin|drugs)"
)
OTHERS = (
    r"(?:him|her|them|someone|somebody|people|others|other\s+people|my\s+\w+|the\s+(?:baby|kids|"
    r"children|neighbours?|staff|nurse|doctor)|you|everyone|anyone|the\s+next\s+person"
    r"|(?:his|her|their)\s+(?:\w+\s+)?(?:children|kids|baby|son|daughter|wife|husband|partner|mum|dad|"
    r"mother|father|family|landlord|neighbours?|boss|ex))"
)

DOSE = (
    rf"(?:an?\s+)?(?:whole\s+|big\s+|full\s+)?(?:overdose|od\b"
    rf"|(?:[5-9]|\d\d+)\s+(?:of\s+)?(?:my\s+|his\s+|her\s+|their\s+)?(?:\w+\s+)?{PILLS}"
    rf"|(?:unknown\s+|large\s+|huge\s+)?(?:quantity|amount|number)\s+of\s+(?:[\w']+\s+){{0,2}}{PILLS}"
    rf"|(?:load|loads|lot|lots|handful|bottle|box|boxes|packet|packets|pack|strip)\s+of\s+"
    rf"(?:[\w']+\s+){{0,2}}{PILLS}|(?:my\s+|his\s+|her\s+)?(?:whole\s+|entire\s+)?(?:\w+'?s?\s+)?"
    rf"(?:supply|prescription|stash|stockpile)(?:\s+of\s+\w+)?"
    rf"|all\s+(?:of\s+)?(?:my|his|her|their|the|\w+'s|\w+s)\s+(?:\w+\s+)?{PILLS})"
)
# Any drug at all, when the words around it say it was taken just now.
RECENT_DOSE = (
    r"(?:[5-9]|\d\d+)\s+(?:of\s+)?(?:my\s+|his\s+|her\s+|their\s+)?\w+(?:\s+(?:tablets|pills))?"
)

INTO_OBSTACLE = (
    r"(?:(?:my|his|her|the|their)\s+car\s+)?(?:off|into)\s+(?:a|the|on[ck]oming)\s+"
    r"(?:cliff|bridge|wall|tree|river|lorry|sea|traffic|lamp\s*post|canal)"
)

# Verbs of self-harm and suicide methods, each also read with "-ing" ("shooting himself").
METHOD = r"(?:shoot|stabb?|drown|poison|gass?|electrocute?|starve?|suffocate?|strangle?|hang)"

# Ways of ending one's life, after "going to", "want to", "will" ...
ACT = (
    rf"(?:kill\s+{SELF}|end\s+(?:it\s+all|it|things|everything|{POSS}\s+(?:own\s+)?(?:life|existence))"
    rf"|take\s+{POSS}\s+(?:own\s+)?life|top\s+{SELF}|hang\s+{SELF}|throw\s+{SELF}"
    rf"|(?:{METHOD})\s+{SELF}|set\s+{SELF}\s+(?:on\s+fire|alight)|set\s+fire\s+to\s+{SELF}"
    rf"|do\s+something\s+(?:i'll|i\s+will|i'd|i|he'll|she'll)\s+(?:\w+\s+)?regret"
    rf"|jump\s+(?:off|from|in\s+front|under)|jump(?=\s*(?:$|[.,!?]|tonight|now|again|and))|step\s+in\s+front|drown\s+{SELF}|gas\s+{SELF}"
    rf"|(?:take\s+an?\s+)?overdose|take\s+an\s+od|take\s+(?:them|it)\s+all"
    rf"|(?:take|swallow|down|neck)\s+(?:everything|the\s+lot|all\s+(?:of\s+)?them|{DOSE})"
    rf"|drive\s+{INTO_OBSTACLE}|crash\s+(?:the|my|his|her)\s+car\b"
    rf"|(?:drink|starve|drug)\s+{SELF}\s+to\s+death|(?:hurt|harm|cut|burn)\s+{SELF}|self[- ]?harm"
    rf"|not\s+(?:be\s+(?:here|alive|around)|exist)"
    rf"|disappear(?:\s+forever|\s+for\s+good|(?=\s*(?:$|[.,!?]|and\b)))|do\s+(?:something\s+|anything\s+)?(?:stupid|silly|daft)"
    rf"|do\s+something\s+(?:to|with)\s+{SELF}|be\s+dead|do\s+it\s+(?:properly|right|for\s+real|"
    rf"this\s+time|again)|use\s+(?:it|that|the\s+\w+|an?\s+\w+)\s+on\s+{SELF}|unalive\s+{SELF}|kms|off\s+{SELF}"
    rf"|finish\s+(?:it\s+all|{SELF}\s+off|things|it(?=\s*(?:$|[.,!?]|tonight|now|for\s+good|once)))|stop\s+(?:existing|living|being\s+alive)"
    rf"|(?:go\s+to\s+)?sleep\s+forever|never\s+wake\s+up|walk\s+(?:into|in\s+front\s+of)\s+(?:the\s+)?(?:sea|river|traffic|an?\s+(?:car|bus|train|lorry)))"
)
# The same acts as gerunds, after "thinking of", "talking about", "urges to" ...
ACTING = (
    rf"(?:killing\s+{SELF}(?!\s+laughing)|ending\s+(?:it\s+all|it|things|everything|{POSS}\s+(?:own\s+)?life)"
    rf"|taking\s+(?:all|the\s+lot|everything|{DOSE})|taking\s+{POSS}\s+(?:own\s+)?life|(?:topping|offing|unaliving)\s+{SELF}|{SUIC}e|dying|jumping\s+(?:off|from|in\s+front)"
    rf"|hanging\s+{SELF}|(?:{METHOD}ing)\s+{SELF}|overdosing|taking\s+an\s+overdose|(?:stepping|walking|running|throwing\s+{SELF})\s+in\s+front"
    rf"|walking\s+(?:out\s+)?into\s+(?:the\s+)?(?:traffic|sea|river|road)"
    rf"|driving\s+{INTO_OBSTACLE}|wanting\s+to\s+(?:die|be\s+dead)|not\s+waking\s+up"
    rf"|(?:harming|hurting|cutting|burning)\s+{SELF}|self[- ]?harm\w*"
    rf"|not\s+being\s+(?:here|alive|around))"
)


# Suicidal feelings and abuse named as nouns or adjectives: urgent only with a present-tense cue.
STATE = re.compile(
    rf"\b(?:(?:sexual|physical|emotional|financial|child|elder)\s+abuse|dv\b|{SUIC}al(?:\s+(?:thoughts?|ideation|feelings?|urges?|plans?|intent))?(?!\s+(?:people|"
    rf"patients|callers|men|women|person|individuals|clients|service\s+users))"
    rf"|thoughts?\s+(?:of|about)\s+(?:{SUIC}e|killing\s+{SELF}|ending\s+(?:it|{POSS}\s+life)|"
    rf"dying|self[- ]?harm\w*)|(?:{SUIC}al\s+)?ideation|domestic\s+(?:violence|abuse))"
)

# Suicide and self-harm words that, in a present-tense clause, are taken as happening now.
SELF_HARM = re.compile(
    rf"\b(?:{SUIC}\w*|self[- ]?harm\w*|self[- ]?injur\w*|overdos\w*|unalive\w*"
    rf"|(?:kill|killing|kills|cut|cutting|cuts|burn\w*|hurt\w*|harm\w*|hang\w*|strangl\w*)\s+{SELF}"
    rf"|(?:end|ending|ends|take|taking|takes)\s+(?:it\s+all|{POSS}\s+(?:own\s+)?life))"
)

# Words that talk about suicide, self-harm or abuse at all: a "mention" when nothing is urgent.
MENTION = re.compile(
    rf"\b(?:{SUIC}\w*|self[- ]?harm\w*|self[- ]?injur\w*|overdos\w*|unalive\w*|ideation"
    rf"|(?:took|take|taken|taking)\s+an\s+od|(?:took|taken|swallowed)\s+{DOSE}"
    rf"|(?:kill|killed|killing|kills)\s+{SELF}(?!\s+laughing)"
    rf"|(?:slit|slashed)\s+(?:my|his|her|their)\s+wrists"
    rf"|(?:end|ended|ending|ends)\s+(?:it\s+all|{POSS}\s+(?:own\s+)?life)"
    rf"|(?:take|took|taken|taking)\s+{POSS}\s+(?:own\s+)?life"
    rf"|(?:end|ended|ending|take|took|taking)\s+(?:their|our)\s+(?:own\s+)?lives"
    rf"|(?:cut|cutting|burn\w*|hurt\w*|harm\w*)\s+{SELF}(?!\s+(?:shaving|cooking|on\s+(?:a|the)|"
    rf"by\s+accident|accidentally))|hang(?:ed|ing)?\s+{SELF}"
    rf"|(?:beat|beaten|beating|hit|hitting|punched|strangled|raped|assaulted)\s+(?:us|me|her|him|them|"
    rf"my\s+\w+)(?!\s+(?:head|knee|elbow|arm|leg|back|hand|face)\b)|violent|(?:hurt|harm|kill)\w*\s+(?:my\s+(?:kids|children|baby|son|daughter|partner|"
    rf"wife|husband)|anyone|anybody|others|someone)|(?:my|his|her|their|suicide|previous|first)\s+"
    rf"attempts?\b(?!\s+to\s+(?:call|ring|get|contact|reach|book|speak|phone))"
    rf"|(?:stopped|no\s+more|quit|given\s+up)\s+(?:cutting|burning)"
    rf"|(?:cuts|scars|wounds)\s+on\s+{POSS}\s+(?:arms?|legs?|wrists?|thighs?)"
    rf"|wanted\s+to\s+die|want\s+to\s+die|died\s+by|ligature\w*"
    rf"|(?:tried|tries|trying|attempt\w*|threaten\w*)\s+to\s+(?:kill|end|take|jump|hang|drown|overdose|cut)"
    rf"|do\s+(?:something|anything)\s+(?:stupid|silly|daft)"
    rf"|talk(?:ed|ing|s)?\s+(?:me|someone|people|him|her|them)\s+down"
    rf"|railway\s+line|train\s+tracks|(?:died|killed|hit)\s+(?:on|by)\s+(?:the|a)\s+"
    rf"(?:railway|train|tracks)"
    rf"|cutter|violence|(?:nearly|almost)\s+(?:ended\s+(?:it|things|my\s+life)|killed\s+{SELF}|took\s+my\s+"
    rf"(?:own\s+)?life|did\s+it)|end(?:ed|ing)?\s+things|dark\s+place"
    rf"|safeguarding|dv\b|domestic\s+(?:violence|abuse)|abus(?:e|ed|ing|ive)"
    rf"|(?:wasn't|weren't|was\s+not)\s+safe|risk\s+to\s+(?:him|her|them)sel(?:f|ves)"
    rf"|harm\s+to\s+(?:self|others)|(?:danger|risk)\s+to\s+(?:anyone|others|other\s+people|{SELF}))"
)


# Neglect needs both, in one sentence: someone who depends on others and care that is not given.
DEPENDENT = re.compile(
    r"\b(?:(?:my|his|her|their|our|the)\s+(?:\w+\s+)?)?(?:mum|mother|mam|dad|father|nan|nana|gran|"
    r"granny|grandma|grandad|grandpa|grandmother|grandfather|grandson|granddaughter|baby|toddler|"
    r"kids|children|child|son|daughter|auntie|aunt|uncle|brother|sister|neighbour|little\s+(?:girl|boy|"
    r"one|ones)|girl|boy|old\s+(?:man|woman|lady|gentleman|chap|fella))\b"
    r"|\b(?:elderly|frail|bedbound|bed-bound|housebound|disabled|vulnerable|dementia|confused|"
    r"\d+\s*(?:year|yr)s?\s*old|\d+\s*(?:yo|y/o)|baby|toddler|infant|care\s+home|nursing\s+home|carers?)\b"
)
NEGLECT = re.compile(
    r"\b(?:not|isn't|hasn't|hasnt|isnt|stopped|barely|hardly)\s+(?:been\s+)?(?:eating|drinking|"
    r"eaten|fed|washed|changed|getting\s+(?:food|meals|fed|(?:his|her|their)\s+(?:meds|medication)))"
    r"|\b(?:no|nothing)\s+(?:food|to\s+eat|money\s+for\s+food|heating|water)\b"
    r"|\bnothing\s+in\s+the\s+(?:cupboards?|fridge|house)\b"
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
    rf"{SUIC}\w*|(?:hid\w*|sav\w*|stockpil\w*|hoard\w*|swallow\w*|collect\w*|stash\w*|lined\s+up)\s+"
    rf"(?:[\w']+\s+){{0,3}}(?:pills|tablets|meds|medication)|(?:pills|tablets|meds)\s+lined|cut|cuts|cutting|slit\w*|ligature|noose|rope|hang|hanging|"
    rf"jump\w*|(?:stood|standing|sat|sitting|climb\w*|edge|jump\w*|over)\s+(?:\w+\s+){{0,3}}"
    rf"(?:bridge|viaduct|ledge|roof|cliff)|ledge|railings?|tracks|railway|knife|knives|blade|blades|razors?|"
    rf"weapon\w*|gun|hammer|bat|hurt\w*|harm\w*|attack\w*|hit|hits|hitting|beat|beats|beating|"
    rf"punch\w*|stab\w*|strangl\w*|throat|abus\w*|groom\w*|not\s+safe|unsafe|goodbyes?|bleed\w*|"
    rf"burn|burns|burning|threaten\w*|touching\s+(?:me|her|him)|starving|end\s+of\s+the\s+road|"
    rf"done\s+with\s+(?:life|it\s+all|everything)|better\s+off|burden|bleach|petrol|empty\s+packets|"
    rf"(?:taken|took|swallowed|had|drunk|drank)\s+(?:\d+|loads|lots|a\s+load|a\s+handful|a\s+bottle|"
    rf"all|a\s+wheen|a\s+pile|a\s+bunch|hundreds)|(?:want|reason|point|worth|nothing\s+left)\s+(?:\w+\s+){{0,2}}liv(?:e|ing)|"
    rf"(?:see|what's)\s+the\s+point|can't\s+(?:cope|go\s+on|carry\s+on|do\s+this|take\s+(?:it|this)|"
    rf"last|keep\s+{SELF}\s+safe)|(?:don't|not)\s+feel\s+safe|danger\s+to|(?:scared|frightened|"
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
    r"cut(?:s|ting)?\s+(?:off|back|short|down|out|through|across|corners|the\s+(?:number|time|cost|waits?)|the\s+(?:ring|queue))|cuts?\s+(?:to|in)\s+"
    r"(?:services|funding|staff|the)|knife\s+and\s+fork|hang(?:s|ing)?\s+(?:in\s+there|on|around|about|up)|"
    r"bridge\s+the|beat\s+the|blood\s+pressure|prescri\w*|pharmac\w*|hurts?\s+(?:like|when)|"
    r"(?:my|his|her|their)\s+(?:back|leg|legs|arm|arms|knee|knees|head|chest|hip|neck|foot|feet|ankle|"
    r"wrist|stomach|tummy|shoulder|side)\s+(?:hurts?|is\s+killing)|dead\s+battery|phone\s+(?:is|was)"
    r"\s+dead|deadline|kill\s+me\s+one\s+day|(?:stress|waiting|wait|queues?|boredom)\b[^.!?]{0,30}\bkill|"
    r"can't\s+cope\s+with\s+(?:the\s+)?(?:wait\w*|queues?|phones?|system|service|noise|crowds?|"
    r"delays?|change|lights?)|what\s+kills\s+(?:us|me|you)|is\s+there\s+any\s+bleeding|overdose\s+of\s+"
    r"(?:\w+ing|paperwork|admin|emails|meetings|forms|information|red\s+tape|sugar|caffeine)|"
    r"(?:will|'ll|would|'d|is\s+going\s+to)\s+kill\s+me\s+(?:for|if|when)|"
    r"(?:sick|bored|scared|worried|frightened|tired)\s+to\s+death|"
    r"(?:die|died|dying)\s+of\s+(?:embarrassment|shame|boredom|laughing|laughter|cringe)|"
    rf"overdos\w*\s+on\s+(?!(?:my|his|her|their|the|some|a|an|\d+)\b|{PILLS}|\w+ine\b)\w+|"
    r"killing\s+(?:the|people's|our|morale|trust)|never\s+once|made\s+(?:me|us)\s+"
    r"feel|like\s+a\s+burden\s+(?:calling|ringing|asking|to\s+(?:the|staff))|lost\s+(?:\w+\s+){0,3}to|"
    r"bereaved|(?:heart|panic|asthma|anxiety)\s+attacks?|chest|pain|breathe?|through\s+the\s+"
    r"roof|shot\s+(?:myself|himself|herself)\s+in\s+the\s+foot|better\s+off\s+(?:at|in|going|"
    r"staying|ringing|calling|with\s+(?:a|the|my))\b|(?:is|are|was|were)\s+(?:he|she|they|you)\s+"
    r"(?:a\s+)?danger\s+to|kill(?:ed|s)?\s+the\s+(?:sirens?|"
    r"engine|lights|mood)|kill\s+to|someone\s+you|when\s+someone|what\s+it\s+is\s+like)\b"
)
# In the sentence: the danger is over or denied ("stopped", "no intention of", "years since").
NET_LETOFF = re.compile(
    r"\b(?:not\s+going\s+to|no\s+(?:thoughts?|intention|plans?)|no\s+longer\s+(?:self|cutting|"
    r"harming|hurting|feel|have|suicidal)|never\s+(?:had|have|would|will|"
    r"felt)|not\s+(?:suicidal|at\s+risk)|(?:years?|months?)\s+since|i'm\s+safe(?!\s+for\s+now)|"
    r"stopped\s+(?:after|since|now|completely)|better\s+place|(?:years?|months?)\s+free\s+(?:of|from)|"
    r"free\s+(?:of|from)\s+self[- ]?harm|not\s+in\s+(?:any\s+)?danger|in\s+a\s+good\s+place)\b"
)
# Past verbs that put the sentence in the past unless a word of now is there too.
NET_PAST = re.compile(
    r"\b(?:(?<!if\si\s)(?<!wish\si\s)(?<!if\she\s)(?<!if\sshe\s)was|were|(?<!has\s)(?<!have\s)(?<!i've\s)(?<!he's\s)(?<!she's\s)had|killed|died|attempted|"
    r"attempt|threatened|used\s+to|thought|felt|"
    r"\d+\s+(?:years?|months?)\s+ago|last\s+(?:year|month|summer|winter|spring|autumn|christmas)|"
    r"that\s+(?:week|day|evening|morning|afternoon)|survivor\s+of)\b"
)
NET_NOW_AGAIN = re.compile(
    r"\b(?:again|tonight|today|right\s+now|just|this\s+(?:morning|afternoon|evening)|is\s+back|"
    r"are\s+back|still\s+(?:in|here|there|has|got|on|at|with|sat))\b"
)
# About services, staff or policy rather than a person now.
NET_SERVICES = re.compile(
    r"\b(?:training|awareness|prevention|pathway|policy|policies|statistics|leaflets?|workshops?|"
    r"campaign\w*|research\w*|dissertation|helplines?|risk\s+groups?|volunteers?|callers|calls\s+we|rates|triage|an?\s+(?:\w+\s+)?patient\s+who|protocol|guidance|course|calls\s+(?:like|about)|crews?\s+(?:deal|deals|"
    r"dealing)|staff\s+(?:deal|deals|dealing|who)|the\s+service\s+(?:should|needs|could)|jobs?|"
    r"someone's|expected\s+to|debrief\w*|wellbeing)\b"
)
