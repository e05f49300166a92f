using System.Text.Json.Nodes;
using ConvSpec.Conformance;
using ConvSpec.Protocol;
using static ConvSpec.SpecTests.Conformance.LayerCaseSamples;

namespace ConvSpec.SpecTests.Conformance;

/// <summary>Draws of the circular convolution and DFT generators at a fixed case space, and readers of their extents.</summary>
internal static class FourierCaseSamples
{
    /// <summary>Max size 8: rank 1 up to 8² = 64, rank 2 up to 8, rank 3 up to max(2, round(8^(2/3))) = 4.</summary>
    public const int MaxSize = 8;

    /// <summary><paramref name="count"/> float64 draws of <paramref name="op"/>'s generator at <see cref="MaxSize"/>.</summary>
    public static JsonObject[] Draws(string op, int count, bool nonFinite = false) =>
        Sample(CaseGenerators.Find(op).Args(new CaseSpace([DType.Float64], MaxSize, nonFinite)), count);

    /// <summary>Every extent of the tensor <paramref name="name"/> over the draws whose rank is <paramref name="rank"/>.</summary>
    public static List<int> Extents(IEnumerable<JsonObject> draws, string name, int rank) =>
        draws.Select(a => Shape(a, name)).Where(s => s.Length == rank).SelectMany(s => s).ToList();

    /// <summary>
    /// The lengths rank-1 draws are fitted from (1, primes, powers of two, smooth lengths of both generators):
    /// a length outside them comes from the uniform choice alone.
    /// </summary>
    public static readonly int[] Listed =
        [1, 2, 3, 5, 7, 11, 13, 17, 31, 61, 97, 127, 4, 8, 16, 32, 64, 128, 6, 9, 10, 12, 15, 45, 60, 90, 120];
}
