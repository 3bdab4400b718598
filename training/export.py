"""Step 4: export the best checkpoint to the layout transformers.js loads, and quantize it.

Writes --model-dir/{config.json, tokenizer.json, tokenizer_config.json, onnx/model.onnx,
onnx/model_quantized.onnx}. The quantized file is made here with the `onnx` package alone (no
onnxruntime in Debian): every MatMul/Gemm with a constant weight becomes DynamicQuantizeLinear ->
MatMulInteger with int8 weights and per-column scales (the scheme of onnxruntime's quantize_dynamic), and
the token-embedding table is stored as int8 with a scale per row.
"""
import argparse
import json
import os
import shutil

import numpy as np
import onnx
import torch
from onnx import helper, numpy_helper, TensorProto

from model import NliModel

OPSET = 14


def export_fp32(checkpoint_path, path):
    checkpoint = torch.load(checkpoint_path, weights_only=False)
    model = NliModel(checkpoint["vocab_size"], **checkpoint["config"])
    model.load_state_dict(checkpoint["model"])
    model.eval()
    ids = torch.tensor([[2, 10, 11, 3, 12, 3], [2, 10, 3, 12, 3, 0]])
    mask = (ids != 0).long()
    types = torch.tensor([[0, 0, 0, 0, 1, 1], [0, 0, 0, 1, 1, 0]])
    dynamic = {0: "batch", 1: "sequence"}
    torch.onnx.export(model, (ids, mask, types), path, input_names=["input_ids", "attention_mask", "token_type_ids"],
                      output_names=["logits"], dynamic_axes={"input_ids": dynamic, "attention_mask": dynamic,
                                                             "token_type_ids": dynamic, "logits": {0: "batch"}},
                      opset_version=OPSET, do_constant_folding=True)
    return checkpoint


def quantize(src, dst):
    model = onnx.load(src)
    graph = model.graph
    inits = {i.name: i for i in graph.initializer}
    new_nodes, drop_inits, add_inits = [], set(), []
    counter = [0]

    def fresh(base):
        counter[0] += 1
        return f"{base}_q{counter[0]}"

    def quantized_matmul(a, weight, out):
        """a (float, any rank) x weight [K, N] -> out, via int8 weights with a scale per output column."""
        scale = np.maximum(np.abs(weight).max(axis=0), 1e-8) / 127.0
        q = np.clip(np.round(weight / scale), -127, 127).astype(np.int8)
        wq, ws, wz = fresh("w"), fresh("w_scale"), fresh("w_zero")
        add_inits.extend([numpy_helper.from_array(q, wq), numpy_helper.from_array(scale.astype(np.float32), ws),
                          numpy_helper.from_array(np.array(0, dtype=np.int8), wz)])
        aq, a_scale, a_zero, acc, accf, combined = (fresh(n) for n in ("a", "a_scale", "a_zero", "acc", "accf", "scale"))
        return [
            helper.make_node("DynamicQuantizeLinear", [a], [aq, a_scale, a_zero]),
            helper.make_node("MatMulInteger", [aq, wq, a_zero, wz], [acc]),
            helper.make_node("Cast", [acc], [accf], to=TensorProto.FLOAT),
            helper.make_node("Mul", [a_scale, ws], [combined]),
            helper.make_node("Mul", [accf, combined], [out]),
        ]

    for node in graph.node:
        if node.op_type == "MatMul" and node.input[1] in inits:
            weight = numpy_helper.to_array(inits[node.input[1]])
            # a weight of fewer than 16 rows (the relation bias, 5 x 1) stays float: quantizing its n x n input
            # would cost more than it saves
            if weight.ndim == 2 and weight.shape[0] >= 16:
                new_nodes.extend(quantized_matmul(node.input[0], weight, node.output[0]))
                drop_inits.add(node.input[1])
                continue
        if node.op_type == "Gemm" and node.input[1] in inits:
            attrs = {a.name: helper.get_attribute_value(a) for a in node.attribute}
            if attrs.get("transA", 0) == 0 and attrs.get("alpha", 1.0) == 1.0 and attrs.get("beta", 1.0) == 1.0:
                weight = numpy_helper.to_array(inits[node.input[1]])
                if attrs.get("transB", 0):
                    weight = weight.T
                product = fresh("gemm")
                new_nodes.extend(quantized_matmul(node.input[0], weight, product))
                new_nodes.append(helper.make_node("Add", [product, node.input[2]], [node.output[0]]))
                drop_inits.add(node.input[1])
                continue
        if node.op_type == "Gather" and node.input[0] in inits:
            table = numpy_helper.to_array(inits[node.input[0]])
            # float tables only: the WordNet relation tables (model.relations) are int32 ids
            if table.ndim == 2 and table.shape[0] > 1000 and table.dtype == np.float32:
                scale = (np.maximum(np.abs(table).max(axis=1, keepdims=True), 1e-8) / 127.0).astype(np.float32)
                q = np.clip(np.round(table / scale), -127, 127).astype(np.int8)
                tq, ts = fresh("table"), fresh("table_scale")
                add_inits.extend([numpy_helper.from_array(q, tq), numpy_helper.from_array(scale, ts)])
                rows, rowsf, scales = fresh("rows"), fresh("rowsf"), fresh("row_scale")
                new_nodes.extend([
                    helper.make_node("Gather", [tq, node.input[1]], [rows], axis=0),
                    helper.make_node("Cast", [rows], [rowsf], to=TensorProto.FLOAT),
                    helper.make_node("Gather", [ts, node.input[1]], [scales], axis=0),
                    helper.make_node("Mul", [rowsf, scales], [node.output[0]]),
                ])
                drop_inits.add(node.input[0])
                continue
        new_nodes.append(node)
    used = {name for n in new_nodes for name in n.input}
    kept = [i for i in graph.initializer if i.name not in drop_inits or i.name in used]
    del graph.node[:]
    graph.node.extend(new_nodes)
    del graph.initializer[:]
    graph.initializer.extend(kept + add_inits)
    onnx.checker.check_model(model)
    onnx.save(model, dst)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--work", required=True)
    parser.add_argument("--checkpoint", required=True)
    parser.add_argument("--model-dir", required=True)
    args = parser.parse_args()
    onnx_dir = os.path.join(args.model_dir, "onnx")
    os.makedirs(onnx_dir, exist_ok=True)
    fp32 = os.path.join(onnx_dir, "model.onnx")
    checkpoint = export_fp32(args.checkpoint, fp32)
    quantize(fp32, os.path.join(onnx_dir, "model_quantized.onnx"))
    for name in ("tokenizer.json", "tokenizer_config.json"):
        shutil.copy(os.path.join(args.work, name), os.path.join(args.model_dir, name))
    labels = checkpoint["labels"]
    config = {
        "model_type": "bert",
        "architectures": ["BertForSequenceClassification"],
        "contradict_architecture": "esim-cross-encoder (training/model.py), "
                                   f"{checkpoint['config'].get('conv_layers', 0)} convolution layers"
                                   + (", WordNet relations" if checkpoint["config"].get("relations") else ""),
        "id2label": {str(i): name for i, name in enumerate(labels)},
        "label2id": {name: i for i, name in enumerate(labels)},
        "max_position_embeddings": 128,
        "vocab_size": checkpoint["vocab_size"],
        "hidden_size": checkpoint["config"]["dim"],
        "num_hidden_layers": checkpoint["config"]["layers"],
        "embedding_size": checkpoint["config"]["embed_dim"],
        "training": {"epoch": checkpoint.get("epoch"), "dev_accuracy": checkpoint.get("dev"),
                     "seed": checkpoint["args"]["seed"]},
    }
    with open(os.path.join(args.model_dir, "config.json"), "w") as f:
        json.dump(config, f, indent=2)
    for name in ("model.onnx", "model_quantized.onnx"):
        print(name, os.path.getsize(os.path.join(onnx_dir, name)) // 1024, "KiB")


if __name__ == "__main__":
    main()
