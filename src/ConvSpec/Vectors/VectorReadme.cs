namespace ConvSpec.Vectors;

/// <summary>The README.md written beside the corpus: its layout and the tolerance policy, with formulas.</summary>
internal static class VectorReadme
{
    public static string Text(ulong seed, int count, int total) => $$$"""
# ConvSpec golden vectors

Corpus version {{{GoldenVectors.CorpusVersion}}}, seed {{{seed}}}, {{{count}}} random cases per operation, {{{total}}} vectors.
Regenerate with `convspec vectors --out DIR --seed {{{seed}}} --count {{{count}}}`: the same version, seed and count
give byte-identical files.

## Layout

- `VERSION` — corpus version, seed, count, number of vectors.
- `vectors.jsonl` — one JSON object a line:
  `{"id", "op", "args", "expected", "kind", "note", "npy"}`.
  `op` and `args` form a request of the `convspec eval` protocol (docs/protocol.md of ConvSpec; tensors in
  the object form `{"dtype", "shape", "data"}`, non-finite values as the strings `"NaN"`, `"Infinity"`,
  `"-Infinity"`). `expected` is ConvSpec's response without the id: `{"result": tensor, ...extra fields}`
  (e.g. MaxPool's `indices`) or `{"error": {"type", "message"}}`. `kind` is `example` (a worked example
  of the lecture notes or a peer's documentation, named in `note`), `edge`, `error`, `random` or `probe`.
- `npy/<op>/<kind>-<n>/<name>.npy` — every tensor argument and every tensor of `expected`
  (`result.npy`, `indices.npy`, ...) as NumPy .npy (format 1.0, little endian, C order);
  the line's `npy` field maps each name to its file.

## Tolerance policy

An implementation under test passes a vector when:

- **Errors.** `expected` is an error: the candidate must fail too, with the same `type`
  (`invalid_argument`, `unsupported`, `overflow`); the message is informative only. A candidate may answer
  `unsupported` to any vector it does not implement: that vector is *not covered*, never passed.
- **Shape and dtype** must equal `expected`'s exactly.
- **Integers (int64)**: exactly equal.
- **Non-finite values**: where `expected` holds NaN or ±∞ the candidate must hold the same (any NaN for NaN).
- **Floats**: `expected` is the exact result of the operation's formula on the given inputs, correctly
  rounded (to nearest, ties to even) to the result dtype. With unit roundoff u = 2^-24 (float32, complex64)
  or 2^-53 (float64, complex128) and γ_n = n·u / (1 − n·u), a candidate of algorithm class

  - **direct** (each output a sum of n products evaluated in floating point in any order) passes output k
    when

        |ĉ_k − e_k| ≤ γ_n · (|a| * |b|)_k + u · |e_k|

    where e_k is the expected value, n the number of products summed into output k (for convolution the
    kernel size; for Conv, C/group · Π kernel_shape, plus 1 with a bias), and (|a| * |b|)_k the same
    operation applied to the elementwise absolute values of the inputs (Higham, *Accuracy and Stability of
    Numerical Algorithms*, 2nd ed., §3.1, eq. (3.5)). The u·|e_k| term covers the rounding of e itself.
    For complex data γ_n is replaced by γ_(n+2)·√2 (complex multiplication, Higham §3.6).
    Max and min pooling are exact (no rounding): ĉ_k = e_k. Averages and Lp norms add one division
    (and one root): n is the window size plus 1 (plus 2 for LpPool).
  - **fft** (FFT of length N per axis, radix-2 or mixed radix, twiddles accurate to u) passes when, over
    the whole output,

        ‖ĉ − e‖₂ ≤ (3·θ_N + √2·γ_2) · (1 + θ_N)³ · max(‖a‖₁‖b‖₂, ‖a‖₂‖b‖₁) + u·‖e‖₂

    with L = ⌈log₂ N⌉ (N the product of the transform lengths), η = u + γ_4·(√2 + u) and
    θ_N = L·η / (1 − L·η) (Higham Thm 24.2 for each of the two forward transforms and the inverse;
    √2·γ_2 for the pointwise complex products). This is a normwise bound: small outputs next to large ones
    may carry errors far above their own magnitude, which a direct-class check would reject.

Report each float output's error in ulps of e_k and as the fraction |ĉ_k − e_k| / bound_k (the worst
fraction per vector); a fraction above 1 is a failure, below 1 a pass however many ulps it is.
An "rtol/atol" comparison is not this policy: it rejects correct FFT results near cancellation and accepts
wrong direct results on large outputs.
""";
}
