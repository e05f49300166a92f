using System.Text;

namespace ConvSpec.Bench.Peers;

/// <summary>
/// One-node ONNX models as protobuf bytes, written field by field (ONNX's onnx.proto3: ModelProto, GraphProto,
/// NodeProto, AttributeProto, ValueInfoProto), so that ONNX Runtime can time its Conv and MaxPool kernels with no
/// model file. Only what these models need: varints, length-delimited fields, float32 tensors of fixed shape.
/// </summary>
public static class OnnxModel
{
    private const int Float = 1;

    /// <summary>Y = Conv(X, W) with the given pads and strides 1; X: NCHW float32, W: MCkk.</summary>
    public static byte[] Conv(int[] xShape, int[] wShape, int pad) =>
        Model(Node("Conv", ["X", "W"], ["Y"], IntsAttribute("pads", [pad, pad, pad, pad]), IntsAttribute("kernel_shape", [wShape[2], wShape[3]])),
            [Value("X", xShape), Value("W", wShape)],
            Value("Y", [xShape[0], wShape[0], xShape[2] + 2 * pad - wShape[2] + 1, xShape[3] + 2 * pad - wShape[3] + 1]));

    /// <summary>
    /// Y = Conv(X, W) with W a constant initializer, as a trained model ships it: ONNX Runtime can then pre-pack the
    /// weights into its blocked layout once, at session creation.
    /// </summary>
    public static byte[] ConvWithConstantWeights(int[] xShape, int[] wShape, int pad, float[] weights) =>
        Model(Node("Conv", ["X", "W"], ["Y"], IntsAttribute("pads", [pad, pad, pad, pad]), IntsAttribute("kernel_shape", [wShape[2], wShape[3]])),
            [Value("X", xShape)],
            Value("Y", [xShape[0], wShape[0], xShape[2] + 2 * pad - wShape[2] + 1, xShape[3] + 2 * pad - wShape[3] + 1]),
            [Initializer("W", wShape, weights)]);

    /// <summary>Y = MaxPool(X) with a k×k window, stride 1, no padding.</summary>
    public static byte[] MaxPool(int[] xShape, int k) =>
        Model(Node("MaxPool", ["X"], ["Y"], IntsAttribute("kernel_shape", [k, k]), IntsAttribute("strides", [1, 1])),
            [Value("X", xShape)], Value("Y", [xShape[0], xShape[1], xShape[2] - k + 1, xShape[3] - k + 1]));

    private static byte[] Model(byte[] node, byte[][] inputs, byte[] output, byte[][]? initializers = null)
    {
        var graph = new Writer();
        graph.Bytes(1, node);
        graph.String(2, "g");
        foreach (var t in initializers ?? []) graph.Bytes(5, t);
        foreach (var i in inputs) graph.Bytes(11, i);
        graph.Bytes(12, output);
        var opset = new Writer();
        opset.String(1, "");
        opset.Varint(2, 13);
        var model = new Writer();
        model.Varint(1, 8); // ir_version
        model.String(2, "convspec-bench"); // producer_name
        model.Bytes(7, graph.ToArray());
        model.Bytes(8, opset.ToArray());
        return model.ToArray();
    }

    private static byte[] Node(string op, string[] inputs, string[] outputs, params byte[][] attributes)
    {
        var w = new Writer();
        foreach (var i in inputs) w.String(1, i);
        foreach (var o in outputs) w.String(2, o);
        w.String(3, op + "_0");
        w.String(4, op);
        foreach (var a in attributes) w.Bytes(5, a);
        return w.ToArray();
    }

    private static byte[] IntsAttribute(string name, long[] values)
    {
        var w = new Writer();
        w.String(1, name);
        foreach (var v in values) w.Varint(8, v);
        w.Varint(20, 7); // AttributeType.INTS
        return w.ToArray();
    }

    /// <summary>A TensorProto: dims (1), data_type FLOAT (2), name (8), raw_data little-endian (9).</summary>
    private static byte[] Initializer(string name, int[] shape, float[] data)
    {
        var w = new Writer();
        foreach (var d in shape) w.Varint(1, d);
        w.Varint(2, Float);
        w.String(8, name);
        var raw = new byte[data.Length * sizeof(float)];
        Buffer.BlockCopy(data, 0, raw, 0, raw.Length);
        w.Bytes(9, raw);
        return w.ToArray();
    }

    private static byte[] Value(string name, int[] shape)
    {
        var dims = new Writer();
        foreach (var d in shape)
        {
            var dim = new Writer();
            dim.Varint(1, d);
            dims.Bytes(1, dim.ToArray());
        }
        var tensor = new Writer();
        tensor.Varint(1, Float);
        tensor.Bytes(2, dims.ToArray());
        var type = new Writer();
        type.Bytes(1, tensor.ToArray());
        var value = new Writer();
        value.String(1, name);
        value.Bytes(2, type.ToArray());
        return value.ToArray();
    }

    /// <summary>Protobuf wire format: a key (field number, wire type) then a varint or a length and bytes.</summary>
    private sealed class Writer
    {
        private readonly MemoryStream stream = new();

        public void Varint(int field, long value)
        {
            Raw((ulong)(field << 3));
            Raw((ulong)value);
        }

        public void Bytes(int field, byte[] bytes)
        {
            Raw((ulong)((field << 3) | 2));
            Raw((ulong)bytes.Length);
            stream.Write(bytes);
        }

        public void String(int field, string text) => Bytes(field, Encoding.UTF8.GetBytes(text));

        public byte[] ToArray() => stream.ToArray();

        private void Raw(ulong v)
        {
            while (v >= 0x80)
            {
                stream.WriteByte((byte)(v | 0x80));
                v >>= 7;
            }
            stream.WriteByte((byte)v);
        }
    }
}
