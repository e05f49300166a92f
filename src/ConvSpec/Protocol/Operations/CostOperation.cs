using System.Text.Json.Nodes;
using ConvSpec.Cost;
using ConvSpec.Layers;

namespace ConvSpec.Protocol.Operations;

/// <summary>
/// <c>cost</c>: the notes' cost model of a convolution layer against the equivalent dense matrix product.
/// Either <c>input_shape</c> (N, C, D..) with <c>weight_shape</c> (M, C/group, K..) and Conv's attributes, or the notes'
/// single-channel form <c>input_shape</c> (D..) with <c>kernel_shape</c> (K..). <c>bias</c> (default false) counts a bias.
/// </summary>
public sealed class CostOperation : IEvalOperation
{
    public string Name => "cost";

    public EvalResult Evaluate(EvalArgs args)
    {
        var input = ConvArgs.Shape(args, "input_shape");
        var bias = args.Flag("bias", false);
        ConvGeometry geometry;
        if (args.Has("weight_shape"))
            geometry = ConvGeometry.Resolve(input, ConvArgs.Shape(args, "weight_shape"), null, ConvArgs.Read(args));
        else
        {
            var kernel = ConvArgs.Shape(args, "kernel_shape");
            geometry = ConvGeometry.Resolve([1, 1, .. input], [1, 1, .. kernel], null, ConvArgs.Read(args));
        }
        args.RejectUnknown();
        var cost = ConvCost.Of(geometry, bias);
        return EvalResult.Of(new JsonObject
        {
            ["output_shape"] = new JsonArray(cost.OutputShape.Select(d => (JsonNode)JsonValue.Create(d)).ToArray()),
            ["parameters"] = cost.Parameters,
            ["flops"] = cost.Flops,
            ["dense_entries"] = cost.DenseEntries,
            ["dense_flops"] = cost.DenseFlops,
            ["entries_per_parameter"] = Ratio(cost.EntriesPerParameter),
            ["flop_ratio"] = Ratio(cost.FlopRatio),
        });
    
    }

    /// <summary>A ratio, or null when it is 0/0 (an empty batch).</summary>
    private static JsonNode? Ratio(double r) => double.IsFinite(r) ? JsonValue.Create(r) : null;
}
