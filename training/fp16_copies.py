"""fp16 copies of checkpoints, small enough to come back from a lent GPU machine (device-run*.sh).

  python3 fp16_copies.py <work> <out> name=path/in/work.pt ...

writes <out>/<name>-fp16.pt for each checkpoint (its floating-point weights halved, the rest as it is) and
prints its epoch and dev accuracy, or "missing <path>" where a run left none.
"""
import sys

import torch


def main():
    work, out, *specs = sys.argv[1:]
    for spec in specs:
        name, path = spec.split("=", 1)
        try:
            checkpoint = torch.load(f"{work}/{path}", weights_only=False, map_location="cpu")
        except FileNotFoundError:
            print("missing", path)
            continue
        checkpoint["model"] = {k: (v.half() if v.is_floating_point() else v) for k, v in checkpoint["model"].items()}
        torch.save(checkpoint, f"{out}/{name}-fp16.pt")
        print(name, "epoch", checkpoint.get("epoch"), "dev", checkpoint.get("dev"))


if __name__ == "__main__":
    main()
