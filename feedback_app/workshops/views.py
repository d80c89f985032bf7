"""Workshop pages: each view checks the role, validates a form, calls a service and redirects.

Facilitators (and admins) set up workshops and capture notes; quality leads read them.
"""

from typing import Any

from flask import abort, flash, jsonify, redirect, render_template, request, url_for
from flask_login import current_user
from werkzeug.wrappers import Response

from feedback_app.analysis.redaction import redact
from feedback_app.auth.access import WORKSHOP_USERS, is_api_request, role_required, safe_next
from feedback_app.extensions import db
from feedback_app.forms.workshops import (
    ActionForm,
    BulkConfirmForm,
    BulkForm,
    EditNoteForm,
    KeyMessageForm,
    NoteForm,
    WorkshopForm,
)
from feedback_app.models import Comment, Workshop
from feedback_app.vocabulary import VOICES
from feedback_app.workshops import bp, services
from feedback_app.workshops.bulk import decode_upload

WRITERS = ("facilitator", "admin")
STICKY = ("question", "group", "voice")


@bp.context_processor
def workshop_helpers() -> dict[str, Any]:
    return {
        "uk_time": services.uk_time,
        "note_text": services.note_text,
        "may_change": lambda note: services.may_change(note, current_user),
        "may_pin": services.may_pin,
        "redact": redact,
        "voice_label": services.VOICE_LABELS.get,
        "question_numbers": services.question_numbers,
        "can_write": current_user.is_authenticated and current_user.has_role(*WRITERS),
    }


def get_workshop(workshop_id: int) -> Workshop:
    return db.get_or_404(Workshop, workshop_id)


def get_note(workshop: Workshop, note_id: int, to_change: bool = False) -> Comment:
    """The workshop's note, or 404; ``to_change`` it, 403 for anyone but its author or an admin."""
    note = services.find_note(workshop, note_id) or abort(404)
    if to_change and not services.may_change(note, current_user):
        abort(403)
    return note


def questions_of(workshop: Workshop) -> list[tuple[int, str]]:
    return [(question.id, question.text) for question in workshop.questions]


def back_to(default: str) -> str:
    """Where the page was opened from (a path on this site only), else ``default``."""
    return safe_next(request.args.get("next")) or default


@bp.get("/")
@role_required(*WORKSHOP_USERS)
def index() -> str:
    return render_template("workshops/index.html", workshops=services.list_workshops())


@bp.route("/new", methods=["GET", "POST"])
@role_required(*WRITERS)
def create() -> str | Response:
    form = WorkshopForm()
    if form.validate_on_submit():
        details = services.WorkshopDetails(
            title=form.title.data,
            starts_on=form.starts_on,
            start_time=form.start,
            venue=form.venue.data,
            online=form.online.data,
            attendance=form.attendance_rows,
            questions=form.question_lines,
        )
        workshop = services.create_workshop(details, current_user)
        flash("Workshop created.", "info")
        return redirect(url_for("workshops.show", workshop_id=workshop.id))
    return render_template("workshops/new.html", form=form)


def render_show(workshop: Workshop, posted: Any = None) -> str:
    """The workshop page, its notes grouped by question or (``?by=voice``) by voice;
    ``posted`` is a key message or action form that failed validation."""
    notes = services.workshop_notes(workshop)
    by_voice = services.notes_by_voice(notes)
    grouped_by = "voice" if request.args.get("by") == "voice" else "question"
    key_form = posted if isinstance(posted, KeyMessageForm) else KeyMessageForm(formdata=None)
    action_form = posted if isinstance(posted, ActionForm) else ActionForm(formdata=None)
    return render_template(
        "workshops/show.html",
        workshop=workshop,
        notes_count=len(notes),
        voices=by_voice,
        grouped_by=grouped_by,
        groups=by_voice if grouped_by == "voice" else services.notes_by_question(workshop, notes),
        pinned=services.pinned_note_ids(workshop),
        key_form=key_form,
        action_form=action_form,
        form=posted,
    )


@bp.get("/<int:workshop_id>")
@role_required(*WORKSHOP_USERS)
def show(workshop_id: int) -> str:
    return render_show(get_workshop(workshop_id))


def render_capture(workshop: Workshop, form: NoteForm) -> str:
    notes = services.workshop_notes(workshop, newest_first=True)
    return render_template("workshops/capture.html", workshop=workshop, form=form, notes=notes)


@bp.get("/<int:workshop_id>/capture")
@role_required(*WRITERS)
def capture(workshop_id: int) -> str:
    workshop = get_workshop(workshop_id)
    sticky = {name: request.args.get(name, "") for name in STICKY}
    return render_capture(workshop, NoteForm(questions=questions_of(workshop), data=sticky))


@bp.post("/<int:workshop_id>/notes")
@role_required(*WRITERS)
def add_note(workshop_id: int) -> Any:
    """Save a note. The capture page's script asks for JSON and shows the note at once; without
    JavaScript the form posts here and comes back to the capture page with its choices kept."""
    workshop = get_workshop(workshop_id)
    form = NoteForm(questions=questions_of(workshop))
    if not form.validate_on_submit():
        if is_api_request():
            errors = {name: messages[0] for name, messages in form.errors.items()}
            return jsonify(errors=errors), 400
        return render_capture(workshop, form)
    note = services.add_note(
        workshop,
        text=form.text.data,
        voice=form.voice.data,
        question_id=form.question_id,
        group=form.group.data,
        author=current_user,
    )
    if is_api_request():
        html = render_template("workshops/_note.html", note=note, workshop=workshop)
        return jsonify(html=html, message="Note saved"), 201
    flash("Note saved.", "info")
    sticky = {name: form[name].data for name in STICKY if form[name].data}
    return redirect(url_for("workshops.capture", workshop_id=workshop.id, **sticky))


@bp.route("/<int:workshop_id>/notes/<int:note_id>/edit", methods=["GET", "POST"])
@role_required(*WRITERS)
def edit_note(workshop_id: int, note_id: int) -> str | Response:
    workshop = get_workshop(workshop_id)
    note = get_note(workshop, note_id, to_change=True)
    form = EditNoteForm(data={"text": note.text})
    if form.validate_on_submit():
        if services.edit_note(note, form.text.data, current_user):
            flash("Note changed. The earlier text is kept in its history.", "info")
        return redirect(back_to(url_for("workshops.capture", workshop_id=workshop.id)))
    return render_template(
        "workshops/edit_note.html",
        workshop=workshop,
        note=note,
        form=form,
        history=services.note_history(note),
    )


@bp.route("/<int:workshop_id>/notes/<int:note_id>/delete", methods=["GET", "POST"])
@role_required(*WRITERS)
def delete_note(workshop_id: int, note_id: int) -> str | Response:
    workshop = get_workshop(workshop_id)
    note = get_note(workshop, note_id, to_change=True)
    if request.method == "POST":
        services.delete_note(note)
        flash("Note deleted.", "info")
        return redirect(back_to(url_for("workshops.capture", workshop_id=workshop.id)))
    return render_template("workshops/delete_note.html", workshop=workshop, note=note)


@bp.post("/<int:workshop_id>/notes/<int:note_id>/pin")
@role_required(*WRITERS)
def pin_note(workshop_id: int, note_id: int) -> Response:
    workshop = get_workshop(workshop_id)
    if services.pin_note(workshop, get_note(workshop, note_id)):
        flash("Note pinned as a key message.", "info")
    else:
        urgent = "This note is flagged as an urgent risk: it goes to the review queue"
        flash(f"{urgent}, not the key messages.", "error")
    return redirect(url_for("workshops.show", workshop_id=workshop.id, _anchor="key-messages"))


@bp.post("/<int:workshop_id>/notes/<int:note_id>/unpin")
@role_required(*WRITERS)
def unpin_note(workshop_id: int, note_id: int) -> Response:
    workshop = get_workshop(workshop_id)
    services.unpin_note(get_note(workshop, note_id))
    flash("Note unpinned.", "info")
    return redirect(url_for("workshops.show", workshop_id=workshop.id, _anchor="key-messages"))


@bp.post("/<int:workshop_id>/key-messages")
@role_required(*WRITERS)
def add_key_message(workshop_id: int) -> str | Response:
    workshop = get_workshop(workshop_id)
    form = KeyMessageForm()
    if not form.validate_on_submit():
        return render_show(workshop, form)
    services.add_key_message(workshop, form.key_message.data)
    flash("Key message added.", "info")
    return redirect(url_for("workshops.show", workshop_id=workshop.id, _anchor="key-messages"))


@bp.post("/<int:workshop_id>/key-messages/<int:message_id>/delete")
@role_required(*WRITERS)
def remove_key_message(workshop_id: int, message_id: int) -> Response:
    workshop = get_workshop(workshop_id)
    if not services.remove_key_message(workshop, message_id):
        abort(404)
    flash("Key message removed.", "info")
    return redirect(url_for("workshops.show", workshop_id=workshop.id, _anchor="key-messages"))


@bp.post("/<int:workshop_id>/actions")
@role_required(*WRITERS)
def add_action(workshop_id: int) -> str | Response:
    workshop = get_workshop(workshop_id)
    form = ActionForm()
    if not form.validate_on_submit():
        return render_show(workshop, form)
    services.add_action(workshop, form.action.data, form.owner.data)
    flash("Action added.", "info")
    return redirect(url_for("workshops.show", workshop_id=workshop.id, _anchor="actions"))


@bp.post("/<int:workshop_id>/actions/<int:action_id>/delete")
@role_required(*WRITERS)
def remove_action(workshop_id: int, action_id: int) -> Response:
    workshop = get_workshop(workshop_id)
    if not services.remove_action(workshop, action_id):
        abort(404)
    flash("Action removed.", "info")
    return redirect(url_for("workshops.show", workshop_id=workshop.id, _anchor="actions"))


@bp.route("/<int:workshop_id>/bulk", methods=["GET", "POST"])
@role_required(*WRITERS)
def bulk(workshop_id: int) -> str:
    """Paste or upload notes, then preview them: nothing is stored until the preview is
    confirmed."""
    workshop = get_workshop(workshop_id)
    form = BulkForm()
    if not form.validate_on_submit():
        return render_template("workshops/bulk.html", workshop=workshop, form=form, voices=VOICES)
    if form.csv_file.data:
        source, content = "csv", decode_upload(form.csv_file.data.read())
    else:
        source, content = "paste", form.notes.data
    default_voice = form.default_voice.data
    confirm = BulkConfirmForm(
        formdata=None,
        data={"source": source, "content": content, "default_voice": default_voice},
    )
    return render_template(
        "workshops/bulk_preview.html",
        workshop=workshop,
        parsed=services.parse_bulk(workshop, source, content, default_voice),
        confirm=confirm,
        form=form,
    )


@bp.post("/<int:workshop_id>/bulk/confirm")
@role_required(*WRITERS)
def bulk_confirm(workshop_id: int) -> Response:
    workshop = get_workshop(workshop_id)
    form = BulkConfirmForm()
    if not form.validate_on_submit():
        abort(400)
    parsed = services.parse_bulk(
        workshop, form.source.data, form.content.data, form.default_voice.data
    )
    if not parsed.rows:
        flash("There were no notes to add.", "info")
        return redirect(url_for("workshops.bulk", workshop_id=workshop.id))
    added = len(services.add_bulk_notes(workshop, parsed.rows, current_user))
    message = f"{added} note{'s' if added != 1 else ''} added."
    if parsed.problems:
        left_out = len(parsed.problems)
        message += f" {left_out} line{'s were' if left_out != 1 else ' was'} left out."
    flash(message, "info")
    return redirect(url_for("workshops.show", workshop_id=workshop.id))
