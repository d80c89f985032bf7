"""The dashboard's filter form (GET, no CSRF: it only reads). ``reports.filters.parse_filter``
decides what the arguments mean; this form only renders them as NHS.UK fields, with the
parser's messages on the fields it could not use."""

from collections.abc import Mapping, Sequence

from werkzeug.datastructures import MultiDict
from wtforms import Form, SelectField, StringField
from wtforms.fields.choices import SelectChoice

from feedback_app.forms.common import add_error, choices
from feedback_app.reports.filters import RISKS, SENTIMENTS
from feedback_app.vocabulary import SOURCES, VOICES

ANY = SelectChoice("", "Any")


class ReportFilterForm(Form):
    date_from = StringField("Received from")
    date_to = StringField("Received to")
    search = StringField("Words in the text")
    theme = SelectField("Theme", validate_choice=False)
    voice = SelectField("Voice", choices=[ANY, *choices(VOICES)], validate_choice=False)
    source = SelectField("Source", choices=[ANY, *choices(SOURCES)], validate_choice=False)
    sentiment = SelectField("Sentiment", choices=[ANY, *choices(SENTIMENTS)], validate_choice=False)
    risk = SelectField("Risk", choices=[ANY, *choices(RISKS)], validate_choice=False)
    workshop_id = SelectField("Workshop", validate_choice=False)
    taxonomy_id = SelectField("Themes from", validate_choice=False)


def filter_form(
    args: MultiDict[str, str],
    errors: Mapping[str, str],
    themes: Sequence[tuple[str, str]],
    workshops: Sequence[tuple[str, str]],
    taxonomies: Sequence[tuple[str, str]],
) -> ReportFilterForm:
    """The form filled from the query string, with the choices that depend on the database
    ((value, label) pairs) and the parser's ``errors`` (field name -> message)."""
    form = ReportFilterForm(formdata=args)
    form.theme.choices = [ANY, *choices(list(themes))]
    form.workshop_id.choices = [ANY, *choices(list(workshops))]
    form.taxonomy_id.choices = [SelectChoice("", "Default themes"), *choices(list(taxonomies))]
    for name, message in errors.items():
        add_error(form[name], message)
    return form
