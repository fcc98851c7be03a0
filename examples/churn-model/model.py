#!/usr/bin/env python3
"""A bring-your-own-container churn model that follows the SageMaker contract with the standard library only.

`model.py train` reads CSV rows (label first, then features) from the `train` and `validation` channels,
fits a logistic regression by gradient descent, prints `validation:accuracy=<value>` for the metric
definitions, and writes model.json to the model directory. `model.py serve` answers GET /ping and
POST /invocations on SAGEMAKER_BIND_TO_PORT (8080 by default, as in SageMaker).

Setting the environment variable CHURN_MODEL_FAIL_RATE (0 to 1) makes that share of invocations answer
500: it is how the examples show a bad release being rolled back. The hyperparameter `max-batch`, kept in
model.json, makes requests with more instances than that answer 500: a release that passes single-row
tests and breaks under batched production traffic (the local pipeline's broken v3).
"""
import csv
import json
import math
import os
import random
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PREFIX = "/opt/ml"


def model_dir():
    return os.environ.get("SM_MODEL_DIR", os.path.join(PREFIX, "model"))


def channel_dir(name):
    return os.environ.get("SM_CHANNEL_" + name.upper(), os.path.join(PREFIX, "input", "data", name))


def read_rows(directory):
    rows = []
    if not os.path.isdir(directory):
        return rows
    for name in sorted(os.listdir(directory)):
        if not name.endswith(".csv"):
            continue
        with open(os.path.join(directory, name), newline="") as handle:
            for record in csv.reader(handle):
                if record and not record[0].startswith("#"):
                    rows.append((float(record[0]), [float(v) for v in record[1:]]))
    return rows


def predict(weights, bias, features):
    z = bias + sum(w * x for w, x in zip(weights, features))
    return 1.0 / (1.0 + math.exp(-max(min(z, 35.0), -35.0)))


def hyperparameters():
    path = os.path.join(os.environ.get("SM_INPUT_CONFIG_DIR", os.path.join(PREFIX, "input", "config")),
                        "hyperparameters.json")
    if os.path.exists(path):
        with open(path) as handle:
            return json.load(handle)
    return json.loads(os.environ.get("SM_HPS", "{}"))


def write_failure(message):
    out = os.environ.get("SM_OUTPUT_DIR", os.path.join(PREFIX, "output"))
    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "failure"), "w") as handle:
        handle.write(message)


def train():
    params = hyperparameters()
    epochs = int(params.get("epochs", "200"))
    rate = float(params.get("learning-rate", "0.1"))
    rows = read_rows(channel_dir("train"))
    if not rows:
        write_failure("No training data: put CSV files (label first) in the 'train' channel.")
        sys.exit(1)
    validation = read_rows(channel_dir("validation")) or rows
    width = len(rows[0][1])
    weights, bias = [0.0] * width, 0.0
    for epoch in range(epochs):
        for label, features in rows:
            error = predict(weights, bias, features) - label
            weights = [w - rate * error * x for w, x in zip(weights, features)]
            bias -= rate * error
        if epoch % max(1, epochs // 5) == 0:
            loss = -sum(
                l * math.log(max(predict(weights, bias, f), 1e-9)) + (1 - l) * math.log(max(1 - predict(weights, bias, f), 1e-9))
                for l, f in rows) / len(rows)
            print(f"epoch={epoch} train:loss={loss:.4f}", flush=True)
    correct = sum(1 for label, f in validation if (predict(weights, bias, f) >= 0.5) == (label >= 0.5))
    accuracy = correct / len(validation)
    print(f"validation:accuracy={accuracy:.4f}", flush=True)
    os.makedirs(model_dir(), exist_ok=True)
    with open(os.path.join(model_dir(), "model.json"), "w") as handle:
        model = {"weights": weights, "bias": bias, "accuracy": accuracy}
        if params.get("max-batch"):
            model["max_batch"] = int(params["max-batch"])
        json.dump(model, handle)


class InferenceHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body go out in two writes; with Nagle's algorithm on, the second waits for a delayed
    # ACK (about 40 ms) on every keep-alive request.
    disable_nagle_algorithm = True
    model = None
    fail_rate = 0.0

    def log_message(self, fmt, *args):  # one line per request would drown the endpoint's log
        pass

    def reply(self, status, body, content_type="application/json"):
        data = body.encode() if isinstance(body, str) else body
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        if self.path == "/ping":
            self.reply(200, "{}")
        else:
            self.reply(404, '{"error": "unknown path"}')

    def do_POST(self):
        length = int(self.headers.get("Content-Length", "0"))
        payload = self.rfile.read(length)
        if self.path != "/invocations":
            self.reply(404, '{"error": "unknown path"}')
            return
        if self.fail_rate and random.random() < self.fail_rate:
            self.reply(500, '{"error": "injected failure (CHURN_MODEL_FAIL_RATE)"}')
            return
        try:
            instances = parse_instances(payload, self.headers.get("Content-Type", "application/json"))
        except (ValueError, KeyError, TypeError) as err:
            self.reply(400, json.dumps({"error": f"cannot read the request: {err}"}))
            return
        max_batch = self.model.get("max_batch")
        if max_batch and len(instances) > max_batch:
            self.reply(500, json.dumps({"error": f"{len(instances)} instances exceed max-batch {max_batch}"}))
            return
        weights, bias = self.model["weights"], self.model["bias"]
        predictions = [round(predict(weights, bias, features), 6) for features in instances]
        self.reply(200, json.dumps({"predictions": predictions}))


def parse_instances(payload, content_type):
    text = payload.decode() if payload else ""
    if content_type.startswith("text/csv"):
        return [[float(v) for v in line.split(",")] for line in text.splitlines() if line.strip()]
    document = json.loads(text or "{}")
    instances = document["instances"] if isinstance(document, dict) else document
    return [[float(v) for v in row] for row in instances]


def serve():
    path = os.path.join(model_dir(), "model.json")
    if os.path.exists(path):
        with open(path) as handle:
            InferenceHandler.model = json.load(handle)
    else:  # a model with no artifact still serves, so contract tests can run on a fresh image
        InferenceHandler.model = {"weights": [0.0, 0.0, 0.0], "bias": 0.0}
    InferenceHandler.fail_rate = float(os.environ.get("CHURN_MODEL_FAIL_RATE", "0") or 0)
    port = int(os.environ.get("SAGEMAKER_BIND_TO_PORT", "8080"))
    server = ThreadingHTTPServer(("127.0.0.1", port), InferenceHandler)
    server.daemon_threads = True
    print(f"serving on port {port}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "serve"
    if command == "train":
        train()
    elif command == "serve":
        serve()
    else:
        sys.exit(f"unknown command {command!r}: use 'train' or 'serve'")
