"""Read a model exported by export.py back into PyTorch: the fp32 ONNX graph's weights as a checkpoint that
train.py's --init takes, so that a run can start from the shipped model instead of from scratch.

  python3 from_onnx.py --model-dir ../models/contradict-nli-small --out work/shipped.pt

The graph keeps the PyTorch names of most weights; torch.onnx names the transposed weight of each linear
layer written as a MatMul after the MatMul node, so those are matched by the graph's MatMul order and shape.
--check prints the probabilities of a few pairs, to compare with the library's reading of the ONNX graph."""
import argparse
import json
import os

import numpy as np
import onnx
from onnx import numpy_helper
import torch

from config import load_config
from model import NliModel
from wordpiece import CLS_ID, SEP_ID, WordPiece


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--model-dir", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--check", default=None, help="JSON [[premise, hypothesis], ...]: print their probabilities")
    args = parser.parse_args()
    graph = onnx.load(os.path.join(args.model_dir, "onnx", "model.onnx")).graph
    weights = {i.name: numpy_helper.to_array(i) for i in graph.initializer}
    config = load_config()["model"]
    vocab_size = weights["token.weight"].shape[0]
    model = NliModel(vocab_size, **config)
    state = model.state_dict()
    loaded = {}
    for name in state:
        if name in weights:
            loaded[name] = torch.from_numpy(weights[name].copy())
    # Linear weights written as MatMul: in the order the forward pass uses them.
    linear_order = ["project.weight"] + [f"convs.{k}.mix.weight" for k in range(config["conv_layers"])] + \
                   ["compare.0.weight", "compare.3.weight"]
    matmul_inputs = [n.input[1] for n in graph.node if n.op_type == "MatMul" and n.input[1] in weights]
    missing = [n for n in linear_order if n not in loaded]
    if len(matmul_inputs) != len(missing):
        raise SystemExit(f"{len(matmul_inputs)} MatMul weights in the graph for {len(missing)} linear layers: {missing}")
    for name, source in zip(missing, matmul_inputs):
        value = torch.from_numpy(weights[source].T.copy())
        if value.shape != state[name].shape:
            raise SystemExit(f"{source} {tuple(value.shape)} does not fit {name} {tuple(state[name].shape)}")
        loaded[name] = value
    absent = [n for n in state if n not in loaded]
    if absent:
        raise SystemExit(f"no weight in the graph for {absent}")
    model.load_state_dict(loaded)
    model.eval()
    save(model, config, vocab_size, args.out)
    if args.check:
        # Probabilities of the pairs of a JSON file [[premise, hypothesis], ...], to compare with the library's.
        tokenizer = WordPiece.load(os.path.join(args.model_dir, "tokenizer.json"))
        with torch.no_grad():
            for premise, hypothesis in json.load(open(args.check)):
                p, h = tokenizer.encode(premise), tokenizer.encode(hypothesis)
                ids = torch.tensor([[CLS_ID] + p + [SEP_ID] + h + [SEP_ID]])
                types = torch.tensor([[0] * (len(p) + 2) + [1] * (len(h) + 1)])
                probs = model(ids, torch.ones_like(ids), types).softmax(-1)[0].tolist()
                print(json.dumps([round(x, 5) for x in probs]))


def save(model, config, vocab_size, out):
    torch.save({"model": model.state_dict(), "config": config, "vocab_size": vocab_size,
                "pretrain": {"step": 0, "from": "onnx"}}, out)
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
