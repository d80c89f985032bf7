"""All models, imported in one place so Alembic sees them."""

from feedback_app.models.analysis import (
    Job,
    Tag,
    Taxonomy,
    TaxonomyVersion,
    TrainedModel,
    TrainingItem,
)
from feedback_app.models.feedback import Comment, ContactDetails, Feedback, Organisation
from feedback_app.models.users import ROLES, User
from feedback_app.models.workshops import (
    CommentRevision,
    KeyMessage,
    Workshop,
    WorkshopAction,
    WorkshopAttendance,
    WorkshopQuestion,
)

__all__ = [
    "ROLES",
    "Comment",
    "CommentRevision",
    "ContactDetails",
    "Feedback",
    "Job",
    "KeyMessage",
    "Organisation",
    "Tag",
    "Taxonomy",
    "TaxonomyVersion",
    "TrainedModel",
    "TrainingItem",
    "User",
    "Workshop",
    "WorkshopAction",
    "WorkshopAttendance",
    "WorkshopQuestion",
]
