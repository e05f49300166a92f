using ConvSpec.Protocol;

namespace ConvSpec.Conformance;

/// <summary>The error allowance a candidate's float answers are judged by.</summary>
public enum Tolerance
{
    /// <summary>Each request's own algorithm class: FFT where the request asks for it (method fft/auto, fftconvolve), else direct.</summary>
    Auto,
    /// <summary>Direct summation: elementwise γ_n·(|a| * |b|) (<see cref="Bounds.CheckBounds.DirectSum"/>).</summary>
    Direct,
    /// <summary>FFT: normwise c·log2(N)·u·‖a‖‖b‖ (<see cref="Bounds.CheckBounds.Fft"/>).</summary>
    Fft,
    /// <summary>Bit for bit the correctly rounded exact result (NaN matches NaN).</summary>
    Exact,
}

/// <summary>What <see cref="ConformanceCheck"/> runs: which operations, how many cases, which seed, which allowance.</summary>
public sealed record CheckOptions
{
    /// <summary>Operations to check; null or empty means every operation that has a case generator.</summary>
    public IReadOnlyList<string>? Ops { get; init; }

    /// <summary>Cases per operation.</summary>
    public int Count { get; init; } = 100;

    /// <summary>The seed; the same seed (and options) generates the same cases.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>The largest extent of any generated tensor axis.</summary>
    public int MaxSize { get; init; } = 12;

    /// <summary>The element types inputs are drawn from; null means all five.</summary>
    public IReadOnlyList<DType>? DTypes { get; init; }

    /// <summary>How long one answer may take before the candidate counts as hung.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The error allowance for float answers.</summary>
    public Tolerance Tolerance { get; init; } = Tolerance.Auto;

    /// <summary>When true, an <c>unsupported</c> answer is a failure instead of a case not covered.</summary>
    public bool Strict { get; init; }

    /// <summary>Whether generators may put NaN and ±∞ among the inputs.</summary>
    public bool NonFinite { get; init; } = true;

    /// <summary>How many candidate calls shrinking a failure may spend.</summary>
    public int ShrinkBudget { get; init; } = 400;

    /// <summary>How long shrinking one failure may take (a crashing candidate is restarted for every attempt).</summary>
    public TimeSpan ShrinkTime { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Receives one line per finished operation and, on a terminal, progress updates.</summary>
    public IProgress<CheckProgress>? Progress { get; init; }

    /// <summary>The element types as a list (all five when <see cref="DTypes"/> is null or empty).</summary>
    public IReadOnlyList<DType> EffectiveDTypes =>
        DTypes is { Count: > 0 } d ? d : Enum.GetValues<DType>();
}

/// <summary>A progress report: operation, cases done of total, and whether the operation has finished.</summary>
public sealed record CheckProgress(string Op, int Done, int Total, bool Finished, OpSummary? Summary);
