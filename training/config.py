"""The one source of the training hyperparameters: config.json beside this file (or $TRAIN_CONFIG)."""
import json
import os


def load_config():
    path = os.environ.get("TRAIN_CONFIG") or os.path.join(os.path.dirname(os.path.abspath(__file__)), "config.json")
    with open(path) as f:
        return json.load(f)
