"""Rebuild the models shipped with the app (feedback_app/analysis/starter.py) from the training
part of a labelled JSON-lines file. Usage: train_starter_model.py LABELLED"""

import sys
from pathlib import Path

from feedback_app.analysis.starter import (
    STARTER_MODEL_FILE,
    STARTER_SENTIMENT_FILE,
    STARTER_URGENT_FILE,
    train_starter_model,
    train_starter_sentiment_model,
    train_starter_urgent_model,
)

labelled = Path(sys.argv[1])
model = train_starter_model(labelled)
STARTER_MODEL_FILE.write_bytes(model.to_bytes())
print(f"{STARTER_MODEL_FILE}: {len(model.slugs)} themes learned")
sentiment = train_starter_sentiment_model(labelled)
STARTER_SENTIMENT_FILE.write_bytes(sentiment.to_bytes())
print(f"{STARTER_SENTIMENT_FILE}: {', '.join(sentiment.labels)}")
urgent = train_starter_urgent_model(labelled)
STARTER_URGENT_FILE.write_bytes(urgent.to_bytes())
print(f"{STARTER_URGENT_FILE}: urgent risk")
