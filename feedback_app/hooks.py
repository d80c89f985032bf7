"""What happens when free text is saved: it is analysed at once (well under 50 ms a comment)."""

from feedback_app.extensions import db
from feedback_app.models import Comment
from feedback_app.tagging.pipeline import analyse_comments


def on_comment_saved(comment: Comment) -> None:
    """Called after a comment is created or its text changes."""
    analyse_comments([comment])
    db.session.commit()


def on_comments_saved(comments: list[Comment]) -> None:
    """The same for many comments at once (bulk entry, imports), in one batch."""
    analyse_comments(comments)
    db.session.commit()
