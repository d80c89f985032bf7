"""The word lists behind person_names.py: census names that are words first, names that need
context, places, titles, roles, family words and the words around a name that show it is one."""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Census entries that are words first and names (almost) never in UK feedback.
NEVER = _words("""
aide alpha an angelic angle bee blanch bong brain buck bud buddy buster caprice carmine carry
celesta chance cherish chi chin china christen conception coy curt delta desire diamond dick dimple
dirk dung earnest echo else emerald era ester fairy fanny forest gala gay genesis golden ha hang hue
hung in ivory julienne junior karma king lady lean lien loan long lore love ma manual maple
margarita marine marquis marry marvel maxima meta mi min miss moon my noble novella nu numbers
omega pa pansy pasty pearly pinkie ping precious prince princess queen romaine rosette royal sang
sari savanna season see shad shin so son song soon sparkle spring star stormy sun sung sunshine
tad tawny temple tequila tiara tiny van velvet viva wan ward wen windy yen yon young yuk ok na le
tai tia ta nana nan jesus easter sunday january september lourdes man many major bunny sultana yaw
""")

# Names that are also everyday words: a name only with context or a capital mid-sentence.
AMBIGUOUS = _words("""
abbey ally amber art aura barb basil beau bell belle berry bill birdie blossom bob bonnie bonny
brandy brook brooks camellia candy carol charity chastity cherry chuck clay clement cliff coral
dahlia
daisy dale dawn dean dell destiny dolly don dot dotty drew dusty earl ebony ed eddy emery faith
fawn fern flora foster frank freeman gale garland garnet garret gene genie ginger glen glory grace
grant guy hank harmony hazel heath heather herb holly honey hope hunter hyacinth iris ivy jade
jarred jasmine jay jewel joy ken kit kitty lacy lance lane laurel lea liberty lily magnolia marina
marlin mark mason max melody mercy merry mica miles misty mo myrtle newton noel nova olive opal
page pat patience patsy patty pearl peg penny piper porter prudence randy raven ray reed rhea rich
rob robin rocky rod roman rose rosemary rosy ruby rusty sage sandy savannah scarlet sherry sibyl
sierra sol sonny sterling sue sunny tam tanner trent troy valentine vi viola violet wade walker
warren will willow
""")

# Names that are months, seasons or common proper nouns: a name only with explicit context.
CONTEXT_ONLY = _words(
    "april may june august jan eve angel chase crystal trinity summer autumn winter christian"
)

# First names that are also places: not a name after "in", "at", "from" ...
PLACES = _words(
    "chester clifton preston stanley carlton lincoln barry victoria sydney florence "
    "shirley beverley austin paris tyrone chelsea ashley darwin sherwood kingston "
    "jersey wellington hamilton milton bradford dudley clayton ashton kendal nelson darwen "
    "kent devon brent milford"
)
PLACE_PREPOSITIONS = _words("in at from to near into towards around outside via")

# A name followed by one of these is a place or organisation ("Hope House", "Ruby Ward").
ORG_FOLLOWERS = _words("""
hospital house ward centre center unit trust road street lane avenue station court foundation
hospice clinic surgery practice team service services suite college university school church
curie macmillan
park square close drive way gardens place terrace hall building lodge wing block medical health
care home homes hotel estate infirmary crescent grove green bridge tower towers project charity
society network partnership group line helpline cafe café
""")
ORG_PRECEDERS = _words("st saint port fort mount lake queen king prince princess royal lady")

# Capitalised words that are never the start or part of a name.
STOP = _words("""
i a an the and or but if when while as at by for from in into of on onto to with without about
after before during since until than then so very really just also too not no yes my our your his
her their its me we us you he she they it this that these those there here who whom whose what
which where why how all both each every some any many much more most few other another such own
same was were is are be been being am has have had do does did done would shall should can
could might must let get got please thanks thank thankyou cheers hi hello dear regards kind
best yours sorry ok okay great good excellent amazing brilliant lovely fantastic absolutely
nurse nurses paramedic paramedics doctor doctors dr gp police officer officers crew ambulance nhs
staff team service services hospital ward trust council street road section act mental health
crisis samaritans mind rethink monday tuesday wednesday thursday friday saturday sunday january
february march april june july august september october november december christmas god lord
mum dad son daughter mother father brother sister husband wife partner friend practitioner
student worker handler manager control room car unit suite pc dc ds di sgt pcso mr mrs ms miss
never still always now today nothing everything everyone everybody nobody someone overall however
although because since though maybe perhaps hopefully unfortunately sadly again only even once
tonight yesterday tomorrow afterwards meanwhile sometimes somehow whilst unless anyway instead
otherwise eventually suddenly i've i'm i'd i'll
well much more less lots plenty yet already soon later last first next new old other ive im id
""")
# Words after a lower-case name that show it is used as one ("sarah was lovely").
NAME_FOLLOWERS = _words("""
was is were and has had did came come called rang phoned said says helped listened explained
stayed made went took from the always really who
""")

# After a capitalised everyday-word name ("Grace", "Will"), these show it is used as a name.
AMBIGUOUS_FOLLOWERS = NAME_FOLLOWERS | {"", "^", "&"}
# After an everyday-word name that starts a sentence: only a person does these.
ACTION_FOLLOWERS = _words("""
came rang phoned said helped listened explained stayed went took from called who arrived sat
talked spoke rings calls phones listens explains helps was told kept showed gave
""")

TITLES_ANY_CASE = _words("dr mr mrs ms mx prof sgt")
SURNAME_FOLLOWERS = (
    NAME_FOLLOWERS | ACTION_FOLLOWERS | _words("gave told asked prescribed examined") | {""}
)
TITLES_CASED = _words(
    "Doctor Professor Nurse Sister Matron PC DC DS DI DCI Sgt Sergeant "
    "Constable Inspector Officer PCSO Rev Reverend Father Cllr Councillor "
    "Dame Sir Lord Miss"
)
ARTICLES = _words("a an the")
ROLES = _words("""
paramedic nurse doctor dr gp medic clinician practitioner technician handler worker coordinator
co-ordinator consultant psychiatrist psychologist therapist counsellor manager lead volunteer
driver student sergeant inspector constable officer colleague receptionist dispatcher sister
matron midwife carer crew physio emt ecp amhp cpn hca eca aap rmn keyworker
""")
FAMILY = _words("""
son daughter husband wife partner mum mom mother dad father brother sister boyfriend girlfriend
fiance fiancé fiancee fiancée grandson granddaughter nan nana gran granny grandma grandad grandpa
grandmother grandfather uncle aunt auntie aunty niece nephew friend mate carer child kid baby
cousin stepson stepdaughter stepdad stepmum neighbour flatmate housemate colleague ex
""")
POSSESSIVES = _words("my our his her their your")
PERSON_NOUNS = _words(
    "man woman lady guy bloke girl boy chap fella gentleman someone somebody "
    "person nurse paramedic doctor officer worker student one member handler responder"
)
SEEN = _words("seen helped visited assessed treated supported looked cared met called rang")
THANKS = _words("thanks thank thankyou cheers praise tell shoutout kudos credit congrats")
# Text-speak read as the word it stands for: "thank u to sophie n kieran".
TEXT_SPEAK = {"u": "you", "ya": "you", "n": "and"}
THANKS_BEFORE_TO = frozenset({("you", "thank"), ("out", "shout")})
# Lower-case words that follow a title without being a surname: "the dr said", "dr appointment".
NOT_SURNAME = _words("""
said says told tells asked asks came comes gave gives rang rings phoned called prescribed wrote sent
thought thinks wants needs didn't doesn't wasn't isn't won't wouldn't couldn't will would could
should can may might must appointment appointments letter note notes office visit visits referral
knows knew saw sees put gets got who which that reckons
""")
NOT_SURNAME_ENDINGS = ("ed", "ing", "ly", "'s", "’s")
# Titles before which an unlisted lower-case word may be a surname; not "ms" (multiple sclerosis).
SURNAME_TITLES = _words("dr mr mrs prof sgt")
