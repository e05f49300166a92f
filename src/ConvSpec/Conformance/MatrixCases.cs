using System.Text.Json.Nodes;
using ConvSpec.Protocol;
using FsCheck;
using FsCheck.Fluent;

namespace ConvSpec.Conformance;

/// <summary>
/// The matrix constructions <c>toeplitz</c>, <c>doubly_block_toeplitz</c> and <c>circulant</c> copy (and conjugate)
/// entries, so a result must equal the spec's exactly, floats included (<see cref="BoundInputs.AbsoluteArgs"/> null).
/// They have no method argument.
/// </summary>
public abstract class MatrixCaseGenerator : ICaseGenerator
{
    public abstract string Op { get; }

    public Gen<JsonObject> Args(CaseSpace space) =>
        Gen.Frequency((40, Wellformed(space)), (1, Malformed(space)));

    /// <summary>Requests the spec answers with a matrix (or, for valid mode, sometimes rejects).</summary>
    protected abstract Gen<JsonObject> Wellformed(CaseSpace space);

    /// <summary>Requests the spec rejects with invalid_argument.</summary>
    protected abstract Gen<JsonObject> Malformed(CaseSpace space);

    public Tolerance AlgorithmOf(JsonObject args) => Tolerance.Direct;

    public BoundInputs Bound(JsonObject args) => new(1, null, 1, 0, 0, 0, 0);

    public JsonObject? WithMethod(JsonObject args, string method) => null;

    /// <summary>A tensor of one of the case space's dtypes.</summary>
    protected static Gen<JsonNode> Tensor(CaseSpace space, int[] shape) =>
        TensorCases.DType(space).SelectMany(d => TensorCases.Node(d, shape, space.NonFinite));

    /// <summary>Extent 0 now and then (empty vectors are valid for some constructions), else 1..max.</summary>
    protected static Gen<int> ExtentOrEmpty(int max) =>
        Gen.Frequency((1, Gen.Constant(0)), (9, TensorCases.Extent(max)));
}

/// <summary>
/// <c>toeplitz</c>: the convolution/correlation matrix of a 1-D kernel (every mode, kind, n shorter and longer than
/// the kernel), or <c>scipy.linalg.toeplitz(c[, r])</c> with c and r of any rank (raveled), possibly empty, of
/// mixed dtypes. Rejected: a kernel of rank 2, n = 0, or c with kernel.
/// </summary>
public sealed class ToeplitzCases : MatrixCaseGenerator
{
    public override string Op => "toeplitz";

    protected override Gen<JsonObject> Wellformed(CaseSpace space) =>
        Gen.OneOf(KernelForm(space), ColumnRowForm(space));

    private static Gen<JsonObject> KernelForm(CaseSpace space) =>
        from m in TensorCases.Extent(space.MaxSize)
        from kernel in Tensor(space, [m])
        from n in TensorCases.Extent(space.MaxSize)
        from mode in Gen.Elements("full", "same", "valid", null)
        from kind in Gen.Elements("convolution", "correlation", null)
        select With(new JsonObject { ["kernel"] = kernel, ["n"] = n }, ("mode", mode), ("kind", kind));

    private static Gen<JsonObject> ColumnRowForm(CaseSpace space) =>
        from cRank in Gen.Choose(0, 2)
        from cShape in Gen.ArrayOf(ExtentOrEmpty(space.MaxSize), cRank)
        from c in Tensor(space, cShape)
        from withRow in Gen.Elements(true, false)
        from rShape in Gen.ArrayOf(ExtentOrEmpty(space.MaxSize), 1)
        from r in Tensor(space, rShape)
        select withRow ? new JsonObject { ["c"] = c, ["r"] = r } : new JsonObject { ["c"] = c };

    protected override Gen<JsonObject> Malformed(CaseSpace space) =>
        from kernel in Tensor(space, [2, 2])
        from which in Gen.Choose(0, 2)
        select which switch
        {
            0 => new JsonObject { ["kernel"] = kernel, ["n"] = 3 },
            1 => new JsonObject { ["kernel"] = WireTensor.ToNode(TensorValue.Int64([2], [1, 2])), ["n"] = 0 },
            _ => new JsonObject { ["c"] = kernel, ["kernel"] = kernel.DeepClone(), ["n"] = 2 },
        };

    private static JsonObject With(JsonObject args, params (string Name, string? Value)[] optional)
    {
        foreach (var (name, value) in optional)
            if (value is not null) args[name] = value;
        return args;
    }
}

/// <summary>
/// <c>doubly_block_toeplitz</c>: kernels of rank 1 to 3 and input shapes of the same rank (larger, smaller or mixed
/// per axis, so valid mode is sometimes rejected), every mode. Rejected: an input_shape of another length, or an
/// extent 0.
/// </summary>
public sealed class DoublyBlockToeplitzCases : MatrixCaseGenerator
{
    public override string Op => "doubly_block_toeplitz";

    protected override Gen<JsonObject> Wellformed(CaseSpace space) =>
        from rank in Gen.Choose(1, 3)
        from kernelShape in TensorCases.Shape(rank, AxisMax(rank, space.MaxSize))
        from inputShape in TensorCases.Shape(rank, AxisMax(rank, space.MaxSize))
        from kernel in Tensor(space, kernelShape)
        from mode in Gen.Elements("full", "same", "valid", null)
        select Request(kernel, inputShape, mode);

    protected override Gen<JsonObject> Malformed(CaseSpace space) =>
        from kernel in Tensor(space, [2, 2])
        from zero in Gen.Elements(true, false)
        select Request(kernel, zero ? [2, 0] : [3], "full");

    /// <summary>
    /// The largest per-axis extent, small because the matrix has Π out × Π in entries: max + ⌊max/2⌋ at rank 1 (a
    /// vector), round(max^(1/rank)) + 1 above (Π extents stays near max), and never below 2.
    /// </summary>
    internal static int AxisMax(int rank, int max) => Math.Max(2, (int)Math.Round(Math.Pow(max, 1.0 / rank)) + (rank == 1 ? max / 2 : 1));

    private static JsonObject Request(JsonNode kernel, int[] inputShape, string? mode)
    {
        var args = new JsonObject { ["kernel"] = kernel, ["input_shape"] = new JsonArray(inputShape.Select(d => (JsonNode)d).ToArray()) };
        if (mode is not null) args["mode"] = mode;
        return args;
    }
}

/// <summary><c>circulant</c>: c of rank 0 to 2 (raveled), possibly empty. Rejected: an argument it does not take.</summary>
public sealed class CirculantCases : MatrixCaseGenerator
{
    public override string Op => "circulant";

    protected override Gen<JsonObject> Wellformed(CaseSpace space) =>
        from rank in Gen.Choose(0, 2)
        from shape in Gen.ArrayOf(ExtentOrEmpty(space.MaxSize), rank)
        from c in Tensor(space, shape)
        select new JsonObject { ["c"] = c };

    protected override Gen<JsonObject> Malformed(CaseSpace space) =>
        from c in Tensor(space, [3])
        select new JsonObject { ["c"] = c, ["n"] = 3 };
}
