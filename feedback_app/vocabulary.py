"""Fixed answer lists shared by forms, models and reports: (stored value, label shown)."""

RESPONDENT_TYPES = [
    ("patient", "I used the service"),
    ("carer", "I am a carer, family member or friend"),
    ("staff", "I work for the ambulance service"),
    ("stakeholder", "I work for a partner organisation"),
]

SOURCES = [("form", "Online form"), ("workshop", "Workshop"), ("import", "Import")]

SERVICES = [
    ("control_room", "The 999 call or the control room clinical hub"),
    ("mh_car", "The mental health car (a nurse and a paramedic)"),
    ("ambulance_crew", "Another ambulance crew"),
    ("not_sure", "Not sure"),
]

# The NHS Friends and Family Test scale, best first.
RATINGS = [
    ("very_good", "Very good"),
    ("good", "Good"),
    ("neither", "Neither good nor poor"),
    ("poor", "Poor"),
    ("very_poor", "Very poor"),
    ("dont_know", "Don't know"),
]
POSITIVE_RATINGS = ("very_good", "good")

STAFF_ROLES = [
    ("paramedic", "Paramedic"),
    ("mh_nurse", "Mental health nurse"),
    ("call_handler", "Call handler"),
    ("hub_clinician", "Clinical hub clinician"),
    ("other", "Other"),
]

# Whose voice a piece of feedback carries; never a person's name.
VOICES = [
    ("patient", "Patient"),
    ("carer", "Carer, family or friend"),
    ("staff", "Ambulance staff"),
    ("police", "Police"),
    ("charity", "Charity"),
    ("nhs_commissioner", "NHS commissioner"),
    ("mh_trust", "Mental health trust"),
    ("other", "Other"),
]

# Question keys for free-text answers, and the question type the analysis uses as a feature.
QUESTIONS = {
    "went_well": ("What went well?", "what_good"),
    "do_better": ("What could we do better?", "could_improve"),
    "what_helps": ("What helps you when working with mental health pathways?", "what_good"),
    "gets_in_way": ("What gets in the way, especially out of hours?", "could_improve"),
    "joint_working": (
        "Tell us about working together with our mental health response",
        "nonspecific",
    ),
    "note": ("Workshop note", "nonspecific"),
}


def label_for(choices: list[tuple[str, str]], value: str | None) -> str:
    """The label shown to people for a stored value ('' when there is none)."""
    return dict(choices).get(value or "", value or "")
