"""Step 2b: masked-language-model pretraining of the model's statement encoder on the text corpus.

Trains the part of `NliModel` that reads one statement (token embeddings, convolutions, self-attention
layers: `NliModel.encode`) to predict masked word pieces, as BERT does (15 % of the tokens chosen; of those
80 % replaced by [MASK], 10 % by a random token, 10 % kept). `train.py --init` then starts the NLI model from
these weights. Text: `corpus.tok.txt` (made by prepare.py) without every 20th line, the paragraphs that the
held-out synthetic operations are made from; windows of `sequence` tokens at random places in the stream.

Hyperparameters: config.json "pretrain" (the model's shape is config "model"). Seeded and restartable: a
checkpoint (weights, optimiser, RNG, step, elapsed time) every few minutes and at the end to --out/last.pt;
the encoder weights to --out/encoder.pt. The learning-rate schedule (linear warm-up, linear decay) runs over
`steps` or over `minutes`, whichever comes first, so a slower machine still ends with a decayed rate.
Runs on the CPU or, with --device cuda, on a GPU (bf16 autocast there).
"""
import argparse
import json
import os
import time

import numpy as np
import torch
from torch import nn

from config import load_config
from model import NliModel
from wordpiece import MASK_ID, SEP_ID

FIRST_REAL_TOKEN = 5  # ids below are [PAD] [UNK] [CLS] [SEP] [MASK]


def build_ids(work, max_tokens):
    """The corpus as one uint16 stream of token ids, paragraphs separated by [SEP]; cached in work."""
    path = os.path.join(work, "pretrain-ids.npy")
    if os.path.exists(path):
        return np.load(path)
    with open(os.path.join(work, "tokenizer.json"), encoding="utf-8") as f:
        vocab = json.load(f)["model"]["vocab"]
    ids = []
    with open(os.path.join(work, "corpus.tok.txt"), encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i % 20 == 0:  # the held-out operations' paragraphs (prepare.py) stay unseen
                continue
            ids.extend(vocab.get(token, 1) for token in line.split())
            ids.append(SEP_ID)
            if len(ids) >= max_tokens:
                break
    array = np.array(ids[:max_tokens], dtype=np.uint16)
    np.save(path + ".part.npy", array)
    os.replace(path + ".part.npy", path)
    return array


class MaskedLm(nn.Module):
    """The NLI model's encoder with a BERT-style prediction head tied to the token embeddings."""

    def __init__(self, nli):
        super().__init__()
        self.nli = nli
        embed_dim, dim = nli.token.weight.shape[1], nli.project.out_features
        self.transform = nn.Sequential(nn.Linear(dim, embed_dim), nn.GELU(), nn.LayerNorm(embed_dim))
        self.bias = nn.Parameter(torch.zeros(nli.token.weight.shape[0]))

    def forward(self, ids, targets, chosen):
        ones = torch.ones_like(ids)
        zeros = torch.zeros_like(ids)
        no_other = torch.zeros(ids.shape[0], ids.shape[1], ids.shape[1], device=ids.device)
        x = self.nli.encode(ids, ones, zeros, no_other)
        h = self.transform(x[chosen])
        logits = h @ self.nli.token.weight.t() + self.bias
        return nn.functional.cross_entropy(logits.float(), targets[chosen])


def mask_batch(windows, vocab_size, mask_prob, generator):
    chosen = (torch.rand(windows.shape, generator=generator) < mask_prob) & (windows >= FIRST_REAL_TOKEN)
    roll = torch.rand(windows.shape, generator=generator)
    inputs = windows.clone()
    inputs[chosen & (roll < 0.8)] = MASK_ID
    random_ids = torch.randint(FIRST_REAL_TOKEN, vocab_size, windows.shape, generator=generator)
    swap = chosen & (roll >= 0.8) & (roll < 0.9)
    inputs[swap] = random_ids[swap]
    return inputs, windows, chosen


def main():
    config = load_config()
    hp = {**config["pretrain"], "seed": config["seed"]}
    parser = argparse.ArgumentParser(description="Hyperparameters come from config.json; the flags choose the run.")
    parser.add_argument("--work", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--vectors", default=None, help="fastText vectors to start the token embeddings from")
    parser.add_argument("--device", default="cpu", help="cpu, cuda, or auto")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--minutes", type=float, default=None, help="another time budget than config pretrain.minutes")
    args = parser.parse_args()
    if args.minutes is not None:
        hp["minutes"] = args.minutes
    device = torch.device("cuda" if args.device == "auto" and torch.cuda.is_available() else
                          ("cpu" if args.device == "auto" else args.device))
    torch.set_num_threads(args.threads)
    torch.backends.cuda.matmul.allow_tf32 = True
    os.makedirs(args.out, exist_ok=True)
    torch.manual_seed(hp["seed"])
    stream = torch.from_numpy(build_ids(args.work, hp["max_tokens"]).astype(np.int64))
    data = torch.load(os.path.join(args.work, "nli.pt"), weights_only=False)
    vocab_size = data["vocab_size"]
    del data
    model_config = dict(config["model"])
    nli = NliModel(vocab_size, **{**model_config, "dropout": hp["dropout"]})
    if args.vectors:
        from train import load_vectors_into
        print(f"initialised {load_vectors_into(args.vectors, args.work, nli.token.weight)} embeddings", flush=True)
    model = MaskedLm(nli).to(device)
    decay, no_decay = [], []
    for name, parameter in model.named_parameters():
        (no_decay if parameter.ndim < 2 or "norm" in name else decay).append(parameter)
    optimizer = torch.optim.AdamW([{"params": decay, "weight_decay": hp["weight_decay"]},
                                   {"params": no_decay, "weight_decay": 0.0}], lr=hp["lr"], betas=(0.9, 0.98))
    generator = torch.Generator().manual_seed(hp["seed"])
    state = {"step": 0, "elapsed": 0.0, "history": []}
    last_path = os.path.join(args.out, "last.pt")
    if os.path.exists(last_path):
        saved = torch.load(last_path, weights_only=False)
        model.load_state_dict(saved["model"])
        optimizer.load_state_dict(saved["optimizer"])
        generator.set_state(saved["generator"])
        state = saved["state"]
        print(f"resumed at step {state['step']}", flush=True)

    def save():
        torch.save({"model": model.state_dict(), "optimizer": optimizer.state_dict(), "generator": generator.get_state(),
                    "state": state, "config": model_config, "vocab_size": vocab_size, "args": {**vars(args), **hp}},
                   last_path + ".part")
        os.replace(last_path + ".part", last_path)
        torch.save({"model": model.nli.state_dict(), "config": model_config, "vocab_size": vocab_size,
                    "pretrain": {**hp, "step": state["step"], "minutes": state["elapsed"] / 60,
                                 "tokens_in_stream": int(len(stream)), "device": str(device)}},
                   os.path.join(args.out, "encoder.pt"))

    length, batch = hp["sequence"], hp["batch_size"]
    autocast = torch.autocast("cuda", dtype=torch.bfloat16) if device.type == "cuda" else torch.autocast("cpu", enabled=False)
    model.train()
    started, last_save, running, count = time.time(), time.time(), 0.0, 0
    elapsed_before = state["elapsed"]
    while state["step"] < hp["steps"] and state["elapsed"] < hp["minutes"] * 60:
        progress = max(state["step"] / hp["steps"], state["elapsed"] / (hp["minutes"] * 60))
        warm = hp["warmup"]
        scale = progress / warm if progress < warm else max(0.0, (1 - progress) / (1 - warm))
        for group in optimizer.param_groups:
            group["lr"] = hp["lr"] * scale
        starts = torch.randint(0, len(stream) - length, (batch,), generator=generator)
        windows = torch.stack([stream[s:s + length] for s in starts.tolist()])
        inputs, targets, chosen = mask_batch(windows, vocab_size, hp["mask_prob"], generator)
        with autocast:
            loss = model(inputs.to(device), targets.to(device), chosen.to(device))
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), hp["clip"])
        optimizer.step()
        state["step"] += 1
        state["elapsed"] = elapsed_before + time.time() - started
        running += float(loss.detach()) if state["step"] % 50 == 0 else 0.0
        count += 1 if state["step"] % 50 == 0 else 0
        if state["step"] % 500 == 0:
            entry = {"step": state["step"], "loss": running / max(count, 1), "minutes": state["elapsed"] / 60,
                     "lr": hp["lr"] * scale}
            state["history"].append(entry)
            print(json.dumps(entry), flush=True)
            running, count = 0.0, 0
        if time.time() - last_save > 300:
            save()
            last_save = time.time()
    save()
    print(f"pretrained {state['step']} steps in {state['elapsed'] / 60:.1f} min "
          f"({state['step'] * batch * length / 1e6:.0f} M tokens seen, stream {len(stream) / 1e6:.1f} M)", flush=True)


if __name__ == "__main__":
    main()
