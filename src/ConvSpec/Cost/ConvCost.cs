using ConvSpec.Layers;
using ConvSpec.Validation;

namespace ConvSpec.Cost;

/// <summary>
/// The notes' cost model ("parameter sharing"): what a convolution layer stores and computes, against the dense
/// matrix product that represents the same linear map. For X: N x C x D_1..D_k, W: M x C/G x K_1..K_k, O = output extents:
/// <code>
///   parameters    = M·(C/G)·ΠK  (+ M with a bias)
///   flops         = N·M·ΠO · (2·(C/G)·ΠK − 1)  (+ N·M·ΠO with a bias): per output, C/G·ΠK products and one fewer additions
///   dense_entries = (C·ΠD) · (M·ΠO): the matrix mapping one sample's input to its output
///   dense_flops   = N · 2 · dense_entries: a multiplication and an addition per entry, as the notes count
/// </code>
/// The notes' example: a 280 x 320 image (280 tall, 320 wide) and the kernel [−1, 1] along the width give a
/// 280 x 319 output, 319·280·3 = 267,960 flops, a matrix of 320·280·319·280 = 8,003,072,000 entries
/// (about four billion times the 2 parameters) and 16,006,144,000 dense flops ("over sixteen billion", about 60,000 times more).
/// </summary>
public sealed record ConvCost(int[] OutputShape, long Parameters, long Flops, long DenseEntries, long DenseFlops)
{
    /// <summary>dense_entries / parameters: how many times more numbers the dense matrix stores.</summary>
    public double EntriesPerParameter => (double)DenseEntries / Parameters;

    /// <summary>dense_flops / flops: how many times more operations the dense product takes.</summary>
    public double FlopRatio => (double)DenseFlops / Flops;

    /// <summary>The cost of Conv on the resolved <paramref name="g"/>, with or without a bias.</summary>
    public static ConvCost Of(ConvGeometry g, bool bias)
    {
        Preconditions.NotNull(g, nameof(g));
        try
        {
            long kernel = g.Kernel.Aggregate(1L, (p, k) => checked(p * k));
            long window = checked(g.ChannelsPerGroup * kernel);
            // Stryker disable once Checked : outputs = N·P ≤ 2·N·(I·P), the dense-flop count computed checked below from checked factors, so that count overflows whenever this one would
            long outputs = checked(g.Output.Aggregate((long)g.Batch * g.Features, (p, o) => p * o));
            long perSampleOutputs = checked(g.Output.Aggregate((long)g.Features, (p, o) => p * o));
            long inputs = checked(g.Input.Aggregate((long)g.Channels, (p, d) => p * d));
            var parameters = checked(g.Features * window + (bias ? g.Features : 0));
            var flops = checked(outputs * (2 * window - 1) + (bias ? outputs : 0));
            var entries = checked(inputs * perSampleOutputs);
            return new ConvCost(g.OutputShape, parameters, flops, entries, checked(2 * g.Batch * entries));
        }
        catch (OverflowException)
        {
            throw new OverflowException("cost: a count does not fit in int64");
        }
    }

    /// <summary>
    /// The notes' setting: one single-channel image of <paramref name="imageShape"/> and one kernel of
    /// <paramref name="kernelShape"/>, valid positions only, no bias.
    /// </summary>
    public static ConvCost OfImage(int[] imageShape, int[] kernelShape)
    {
        Preconditions.NotNull(imageShape, nameof(imageShape));
        Preconditions.NotNull(kernelShape, nameof(kernelShape));
        return Of(ConvGeometry.Resolve([1, 1, .. imageShape], [1, 1, .. kernelShape], null, ConvAttributes.Default), bias: false);
    }
}
