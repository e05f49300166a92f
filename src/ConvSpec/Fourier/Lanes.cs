using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace ConvSpec.Fourier;

/// <summary>
/// A register of W doubles that the fast kernels are written over once and instantiated per width:
/// <see cref="Lane512"/> (W = 8), <see cref="Lane256"/> (W = 4) and <see cref="LaneScalar"/> (W = 1, the tail
/// and the path when wide vectors are off, e.g. DOTNET_EnableAVX2=0; DOTNET_EnableAVX512=0 leaves W = 4).
/// </summary>
internal interface ILane<TSelf> where TSelf : struct, ILane<TSelf>
{
    static abstract int Width { get; }
    static abstract TSelf Load(ref double at);
    static abstract void Store(ref double at, TSelf v);
    static abstract TSelf Splat(double x);
    static abstract TSelf operator +(TSelf a, TSelf b);
    static abstract TSelf operator -(TSelf a, TSelf b);
    static abstract TSelf operator *(TSelf a, TSelf b);
    /// <summary>a · b + c (fused where the hardware has it: one rounding instead of two).</summary>
    static abstract TSelf MulAdd(TSelf a, TSelf b, TSelf c);
}

/// <summary>One double.</summary>
internal struct LaneScalar : ILane<LaneScalar>
{
    public double V;
    public static int Width => 1;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static LaneScalar Load(ref double at) => new() { V = at };
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void Store(ref double at, LaneScalar v) => at = v.V;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static LaneScalar Splat(double x) => new() { V = x };
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static LaneScalar operator +(LaneScalar a, LaneScalar b) => new() { V = a.V + b.V };
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static LaneScalar operator -(LaneScalar a, LaneScalar b) => new() { V = a.V - b.V };
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static LaneScalar operator *(LaneScalar a, LaneScalar b) => new() { V = a.V * b.V };
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static LaneScalar MulAdd(LaneScalar a, LaneScalar b, LaneScalar c) => new() { V = Math.FusedMultiplyAdd(a.V, b.V, c.V) };
}

/// <summary>Four doubles in a 256-bit register.</summary>
internal struct Lane256 : ILane<Lane256>
{
    public Vector256<double> V;
    public static int Width => Vector256<double>.Count;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lane256 Load(ref double at) => new() { V = Vector256.LoadUnsafe(ref at) };
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void Store(ref double at, Lane256 v) => v.V.StoreUnsafe(ref at);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lane256 Splat(double x) => new() { V = Vector256.Create(x) };
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lane256 operator +(Lane256 a, Lane256 b) => new() { V = a.V + b.V };
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lane256 operator -(Lane256 a, Lane256 b) => new() { V = a.V - b.V };
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lane256 operator *(Lane256 a, Lane256 b) => new() { V = a.V * b.V };
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lane256 MulAdd(Lane256 a, Lane256 b, Lane256 c) => new() { V = Vector256.FusedMultiplyAdd(a.V, b.V, c.V) };
}

/// <summary>Eight doubles in a 512-bit register.</summary>
internal struct Lane512 : ILane<Lane512>
{
    public Vector512<double> V;
    public static int Width => Vector512<double>.Count;
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lane512 Load(ref double at) => new() { V = Vector512.LoadUnsafe(ref at) };
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static void Store(ref double at, Lane512 v) => v.V.StoreUnsafe(ref at);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lane512 Splat(double x) => new() { V = Vector512.Create(x) };
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lane512 operator +(Lane512 a, Lane512 b) => new() { V = a.V + b.V };
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lane512 operator -(Lane512 a, Lane512 b) => new() { V = a.V - b.V };
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lane512 operator *(Lane512 a, Lane512 b) => new() { V = a.V * b.V };
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Lane512 MulAdd(Lane512 a, Lane512 b, Lane512 c) => new() { V = Vector512.FusedMultiplyAdd(a.V, b.V, c.V) };
}

/// <summary>Which lane the hardware runs fastest, decided once per process.</summary>
internal static class Lanes
{
    /// <summary>8 with AVX-512, 4 with AVX2, else 1.</summary>
    public static int Width { get; } = WidestFor(sizeof(double));

    /// <summary>The widest accelerated vector width here for elements of <paramref name="bytes"/> bytes.</summary>
    public static int WidestFor(int bytes) => Widest(bytes, Vector512.IsHardwareAccelerated, Vector256.IsHardwareAccelerated);

    /// <summary>
    /// W = 64/bytes with 512-bit vectors, else 32/bytes with 256-bit vectors, else 1: the rule apart from the machine,
    /// so that a test runs every side of it on any machine.
    /// </summary>
    internal static int Widest(int bytes, bool has512, bool has256) => has512 ? 64 / bytes : has256 ? 32 / bytes : 1;
}
