using System.Text.Json.Nodes;
using ConvSpec.Protocol;
using FsCheck;
using FsCheck.Fluent;

namespace ConvSpec.Conformance.Layers;

/// <summary>
/// The common shape of the global pooling generators: X of 1 to 3 spatial axes (extent 1 often: the window is
/// the whole input), real dtypes, and now and then X of rank 2, which the spec rejects. Bound: n = ΠD addends.
/// </summary>
public abstract class GlobalPoolCaseGenerator : ICaseGenerator
{
    public abstract string Op { get; }

    /// <summary>X's elements.</summary>
    protected virtual Gen<TensorValue> Data(DType dtype, int[] shape, CaseSpace space) =>
        Gen.Frequency((1, WindowCases.SmallIntegers(dtype, shape)), (2, TensorCases.Tensor(dtype, shape, space.NonFinite)));

    /// <summary>The operator's own arguments.</summary>
    protected virtual Gen<JsonObject> Extra(JsonObject args) => Gen.Constant(args);

    public Gen<JsonObject> Args(CaseSpace space) =>
        from k in Gen.Frequency((1, Gen.Constant(0)), (20, WindowCases.SpatialRank))
        from spatial in TensorCases.Shape(k, WindowCases.AxisMax(k, space.MaxSize))
        from batch in Gen.Choose(1, 2)
        from channels in Gen.Choose(1, 3)
        from dtype in Gen.Elements(WindowCases.RealTypes(space))
        from x in Data(dtype, [batch, channels, .. spatial], space)
        from args in Extra(new JsonObject { ["X"] = WireTensor.ToNode(x) })
        select args;

    public Tolerance AlgorithmOf(JsonObject args) => Tolerance.Direct;

    public virtual BoundInputs Bound(JsonObject args) => new(Terms(args, Cells(args)), WireTensor.AbsoluteArgs(args), 0, 0, 0, 0, 0);

    /// <summary>The addends of one output.</summary>
    protected virtual long Terms(JsonObject args, long cells) => cells;

    private static long Cells(JsonObject args) => WireTensor.Argument(args, "X").Shape.Skip(2).Aggregate(1L, (p, d) => p * d);

    public JsonObject? WithMethod(JsonObject args, string method) => WindowCases.WithMethod(args, method);
}

/// <summary>Cases for <c>GlobalMaxPool</c> (exact), nan propagate and ignore.</summary>
public sealed class GlobalMaxPoolCases : GlobalPoolCaseGenerator
{
    public override string Op => "GlobalMaxPool";

    protected override Gen<JsonObject> Extra(JsonObject args) =>
        Gen.Frequency((3, Gen.Constant<string?>(null)), (1, Gen.Elements<string?>("propagate", "ignore")))
            .Select(nan => MaxPoolCases.Set(args, "nan", nan));

    public override BoundInputs Bound(JsonObject args) => base.Bound(args) with { AbsoluteArgs = null };
}

/// <summary>Cases for <c>GlobalAveragePool</c>.</summary>
public sealed class GlobalAveragePoolCases : GlobalPoolCaseGenerator
{
    public override string Op => "GlobalAveragePool";
}

/// <summary>Cases for <c>GlobalLpPool</c>: p from 1 to 10, negative values (|x|^p).</summary>
public sealed class GlobalLpPoolCases : GlobalPoolCaseGenerator
{
    public override string Op => "GlobalLpPool";

    protected override Gen<TensorValue> Data(DType dtype, int[] shape, CaseSpace space) => LpCases.Data(dtype, shape, LpCases.MaxP, space.NonFinite);

    protected override Gen<JsonObject> Extra(JsonObject args) =>
        Gen.Frequency((1, Gen.Constant<int?>(null)), (4, LpCases.P.Select(v => (int?)v)))
            .Select(p => MaxPoolCases.Set(args, "p", p));

    protected override long Terms(JsonObject args, long cells) => LpCases.Terms(args, cells);
}
