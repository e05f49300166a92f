using System.Numerics;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConvSpec.Protocol;
using ConvSpec.Shapes;

namespace ConvSpec.Vectors;

/// <summary>Tensors as protocol JSON (the object form), for case sources to put in request args.</summary>
public static class VectorTensors
{
    /// <summary>The object form of <paramref name="tensor"/>.</summary>
    public static JsonNode Json(TensorValue tensor)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream)) TensorJson.Write(writer, tensor);
        return JsonNode.Parse(stream.ToArray())!;
    }

    /// <summary>An int64 tensor.</summary>
    public static JsonNode Ints(int[] shape, params long[] data) => Json(TensorValue.Int64(shape, data));

    /// <summary>A float64 tensor.</summary>
    public static JsonNode Reals(int[] shape, params double[] data) => Json(TensorValue.Real(DType.Float64, shape, data));

    /// <summary>A random tensor of <paramref name="dtype"/> and <paramref name="shape"/>.</summary>
    public static JsonNode Random(VectorRandom random, DType dtype, params int[] shape)
    {
        var n = IndexSpace.ElementCount(shape, nameof(shape));
        return Json(dtype switch
        {
            DType.Int64 => TensorValue.Int64(shape, Enumerable.Range(0, n).Select(_ => random.Integer()).ToArray()),
            DType.Float32 or DType.Float64 => TensorValue.Real(dtype, shape, Enumerable.Range(0, n).Select(_ => random.Real()).ToArray()),
            _ => TensorValue.Complex(dtype, shape, Enumerable.Range(0, n).Select(_ => random.ComplexValue()).ToArray()),
        });
    }

    /// <summary>A random dtype, weighted towards float64.</summary>
    public static DType AnyDType(VectorRandom random) =>
        random.Pick(DType.Int64, DType.Float32, DType.Float64, DType.Float64, DType.Complex64, DType.Complex128);

    /// <summary>A random shape of <paramref name="rank"/> extents in 1..<paramref name="max"/>.</summary>
    public static int[] Shape(VectorRandom random, int rank, int max) =>
        Enumerable.Range(0, rank).Select(_ => random.Int(1, max)).ToArray();

    /// <summary>A JSON array of integers.</summary>
    public static JsonArray List(params long[] values) => new(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());
}
