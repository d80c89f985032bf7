"""Rebuild the theme model shipped with the default taxonomy (feedback_app/analysis/starter.py)
from the training part of a labelled JSON-lines file. Usage: train_starter_model.py LABELLED"""

import sys
from pathlib import Path

from feedback_app.analysis.starter import STARTER_MODEL_FILE, train_starter_model

model = train_starter_model(Path(sys.argv[1]))
STARTER_MODEL_FILE.write_bytes(model.to_bytes())
print(f"{STARTER_MODEL_FILE}: {len(model.slugs)} themes learned")
