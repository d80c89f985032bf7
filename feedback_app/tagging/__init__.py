"""The app's side of the analysis: taxonomies in the database, and tagging stored comments.

``feedback_app.analysis`` knows nothing of Flask or the database; this package connects the two.
"""
