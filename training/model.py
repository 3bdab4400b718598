"""The bundled NLI model: a small cross-encoder with ESIM-style explicit alignment.

Input is the usual sentence-pair encoding ([CLS] premise [SEP] hypothesis [SEP], token_type_ids 0/1),
so transformers.js feeds it exactly as it feeds a BERT cross-encoder. Inside, the segments are told
apart with token_type_ids: each token is soft-aligned to the tokens of the *other* statement (ESIM,
Chen et al. 2017), compared ([h; a; h-a; h*a]), and each statement is pooled on its own (mean and max).
Everything is masked, so a pair's logits do not depend on how much padding its batch has.
"""
import math

import torch
from torch import nn

NEG = -1e4  # additive mask; finite so that fully masked rows stay finite in ONNX


class SelfAttentionLayer(nn.Module):
    def __init__(self, dim, heads, ff_dim, dropout):
        super().__init__()
        self.heads = heads
        self.qkv = nn.Linear(dim, 3 * dim)
        self.out = nn.Linear(dim, dim)
        self.norm1 = nn.LayerNorm(dim)
        self.ff = nn.Sequential(nn.Linear(dim, ff_dim), nn.GELU(), nn.Linear(ff_dim, dim))
        self.norm2 = nn.LayerNorm(dim)
        self.drop = nn.Dropout(dropout)

    def forward(self, x, bias):
        # Pre-norm residual block: starts close to the identity, so alignment learns from the first step.
        b, n, d = x.shape
        h = self.heads
        q, k, v = self.qkv(self.norm1(x)).view(b, n, 3, h, d // h).permute(2, 0, 3, 1, 4)
        scores = q @ k.transpose(-1, -2) / math.sqrt(d // h) + bias[:, None, :, :]
        attended = (scores.softmax(-1) @ v).transpose(1, 2).reshape(b, n, d)
        x = x + self.drop(self.out(attended))
        return x + self.drop(self.ff(self.norm2(x)))


class ConvLayer(nn.Module):
    """A pre-norm residual convolution over the token sequence, written as a Linear over shifted copies
    (so the ONNX graph has MatMuls, which the int8 export quantizes, and no Conv). Padded positions are
    zeroed before every shift, so a token's output does not depend on the padding of its batch."""

    def __init__(self, dim, kernel, dilation, dropout):
        super().__init__()
        self.shifts = [dilation * (k - kernel // 2) for k in range(kernel)]
        self.norm = nn.LayerNorm(dim)
        self.mix = nn.Linear(kernel * dim, dim)
        self.drop = nn.Dropout(dropout)

    def forward(self, x, valid):
        h = self.norm(x) * valid[:, :, None]
        n = h.shape[1]
        reach = max(abs(s) for s in self.shifts)
        padded = nn.functional.pad(h, (0, 0, reach, reach))
        copies = [padded[:, reach + s: reach + s + n] for s in self.shifts]
        return x + self.drop(nn.functional.gelu(self.mix(torch.cat(copies, dim=-1))))


class Relations(nn.Module):
    """WordNet relations between token i and token j of the other statement (training/relations.py fills the
    tables): [batch, n, n, 5] of synonym, antonym, hypernym (j is a hypernym of i), hyponym, co-hyponym; zero
    for word pieces of longer words and for the same token (the exact-match feature covers that)."""

    NAMES = ("synonym", "antonym", "hypernym", "hyponym", "co-hyponym")

    def __init__(self, vocab_size, kinds=NAMES, widths=(("syn", 4), ("hyper", 8), ("parent", 4), ("antonym", 4))):
        super().__init__()
        for name, width in widths:
            self.register_buffer(name, torch.zeros((vocab_size, width), dtype=torch.int32))
        self.register_buffer("piece", torch.zeros(vocab_size, dtype=torch.long))
        unknown = set(kinds) - set(self.NAMES)
        if unknown:
            raise ValueError(f"model.relation_kinds: unknown {sorted(unknown)}; known: {list(self.NAMES)}")
        # The kinds left out stay zero (same shapes, so one graph layout for any choice).
        self.register_buffer("kinds", torch.tensor([float(n in kinds) for n in self.NAMES]), persistent=False)

    @staticmethod
    def _any_equal(a, b):
        """a [B, n, ka], b [B, n, kb] of ids (0: none) -> [B, n, n]: 1 where some id of a_i is one of b_j."""
        b = b - (b == 0).to(b.dtype)  # none becomes -1 on this side, so it never equals a's 0
        found = None
        for x in range(a.shape[-1]):
            column = a[:, :, x, None]
            for y in range(b.shape[-1]):
                equal = column == b[:, None, :, y]
                found = equal if found is None else found | equal
        return found.float()

    def forward(self, input_ids, other):
        syn, hyper, parent, antonym = (getattr(self, n)[input_ids] for n in ("syn", "hyper", "parent", "antonym"))
        piece = self.piece[input_ids].float()
        # A whole word: not a "##" piece and not followed by one.
        following = nn.functional.pad(piece[:, 1:], (0, 1))
        word = (1.0 - piece) * (1.0 - following)
        same = (input_ids[:, :, None] == input_ids[:, None, :]).float()
        mask = word[:, :, None] * word[:, None, :] * other * (1.0 - same)
        antonym = self._any_equal(antonym, syn)  # [i, j]: an antonym of i is a sense of j; transposed: the reverse
        hypernym = self._any_equal(hyper, syn)
        relations = torch.stack([
            self._any_equal(syn, syn),
            torch.maximum(antonym, antonym.transpose(1, 2)),
            hypernym,
            hypernym.transpose(1, 2),
            self._any_equal(parent, parent),
        ], dim=-1)
        return relations * mask[:, :, :, None] * self.kinds


class NliModel(nn.Module):
    def __init__(self, vocab_size, embed_dim=160, dim=256, layers=1, heads=4, max_positions=128,
                 dropout=0.15, num_labels=3, align_temperature=1.0, exact_match=True, conv_layers=0, conv_kernel=3,
                 relations=False, relation_kinds=Relations.NAMES):
        super().__init__()
        # WordNet relations between aligned words (KIM, Chen et al. 2018): they bias the alignment and join the
        # comparison features (their attention-weighted sum and their maximum over the other statement).
        self.relations = Relations(vocab_size, tuple(relation_kinds)) if relations else None
        extra = 2 * len(Relations.NAMES) if relations else 0
        if relations:
            self.relation_bias = nn.Linear(len(Relations.NAMES), 1, bias=False)
            nn.init.zeros_(self.relation_bias.weight)
        # Alignment logits are divided by this; sqrt(dim) keeps the softmax from saturating at the start.
        self.align_temperature = align_temperature
        self.exact_match = exact_match
        self.token = nn.Embedding(vocab_size, embed_dim, padding_idx=0)
        self.segment = nn.Embedding(2, dim)
        # Whether a token's word also occurs in the other statement (an exact-match feature, as in DIIN/ESIM variants).
        self.match = nn.Embedding(2, dim)
        self.position = nn.Embedding(max_positions, dim)
        self.project = nn.Linear(embed_dim, dim)
        self.encoder = nn.ModuleList(SelfAttentionLayer(dim, heads, 2 * dim, dropout) for _ in range(layers))
        # Local context (word order, "not X" against "X") before alignment; dilations 1, 2, 4, ...
        self.convs = nn.ModuleList(ConvLayer(dim, conv_kernel, 2 ** k, dropout) for k in range(conv_layers))
        self.final_norm = nn.LayerNorm(dim)
        self.compare = nn.Sequential(nn.Linear(4 * dim + extra, dim), nn.ReLU(), nn.Dropout(dropout), nn.Linear(dim, dim), nn.ReLU())
        self.classify = nn.Sequential(nn.Dropout(dropout), nn.Linear(4 * dim, dim), nn.ReLU(), nn.Dropout(dropout),
                                      nn.Linear(dim, num_labels))
        self.drop = nn.Dropout(dropout)

    def forward(self, input_ids, attention_mask, token_type_ids):
        valid = attention_mask.float()
        segment = token_type_ids.float() * valid
        other = (segment[:, :, None] - segment[:, None, :]).abs() * valid[:, None, :]
        x = self.encode(input_ids, attention_mask, token_type_ids, other)
        scores = x @ x.transpose(1, 2) / self.align_temperature + (1.0 - other) * NEG
        features = []
        if self.relations is not None:
            relations = self.relations(input_ids, other)
            scores = scores + self.relation_bias(relations).squeeze(-1)
        attention = scores.softmax(-1)
        aligned = attention @ x
        if self.relations is not None:
            features = [(attention[:, :, :, None] * relations).sum(2), relations.amax(2)]
        m = self.compare(torch.cat([x, aligned, x - aligned, x * aligned, *features], dim=-1))
        premise = valid * (1.0 - segment)
        hypothesis = segment
        pooled = [self._pool(m, premise), self._pool(m, hypothesis)]
        return self.classify(torch.cat([t for pair in pooled for t in pair], dim=-1))

    def encode(self, input_ids, attention_mask, token_type_ids, other):
        """Each token in the context of its own statement (embeddings, convolutions, self-attention within the
        statement). Masked-LM pretraining (pretrain.py) trains exactly this part on single texts."""
        valid = attention_mask.float()
        segment = token_type_ids.float() * valid
        positions = torch.cumsum(attention_mask, dim=1) - 1
        positions = positions.clamp(min=0)
        same_word = (input_ids[:, :, None] == input_ids[:, None, :]).float() * other
        exact = same_word.max(dim=2).values.long()
        x = self.project(self.drop(self.token(input_ids))) + self.segment(token_type_ids) + self.position(positions)
        if self.exact_match:
            x = x + self.match(exact)
        x = self.drop(x)
        # Context within each statement (token i sees token j of the same segment), then alignment only
        # across statements (token i attends to token j of the other segment).
        same = (1.0 - (segment[:, :, None] - segment[:, None, :]).abs()) * valid[:, None, :]
        same_bias = (1.0 - same) * NEG
        for conv in self.convs:
            x = conv(x, valid)
        for layer in self.encoder:
            x = layer(x, same_bias)
        if len(self.encoder) > 0 or len(self.convs) > 0:
            x = self.final_norm(x)
        return x

    @staticmethod
    def _pool(m, mask):
        weights = mask[:, :, None]
        mean = (m * weights).sum(1) / weights.sum(1).clamp(min=1.0)
        maximum = (m + (1.0 - weights) * NEG).max(1).values
        return mean, maximum
