using System.Text;

namespace ConvSpec.Examples.OnnxRuntime;

/// <summary>
/// A protocol-buffers writer just large enough for a one-node ONNX model (onnx.proto, IR version 9):
/// varints (wire type 0), 32-bit floats (5) and length-delimited strings, bytes and messages (2).
/// </summary>
public sealed class ProtoWriter
{
    private readonly MemoryStream bytes = new();

    public byte[] ToArray() => bytes.ToArray();

    private void Varint(ulong v)
    {
        for (; v >= 0x80; v >>= 7) bytes.WriteByte((byte)(v | 0x80));
        bytes.WriteByte((byte)v);
    }

    private void Tag(int field, int wire) => Varint((ulong)((field << 3) | wire));

    /// <summary>An int32/int64/enum field (negative values as 10-byte two's complement, as protobuf does).</summary>
    public ProtoWriter Int(int field, long value)
    {
        Tag(field, 0);
        Varint(unchecked((ulong)value));
        return this;
    }

    public ProtoWriter Float(int field, float value)
    {
        Tag(field, 5);
        bytes.Write(BitConverter.GetBytes(value));
        return this;
    }

    public ProtoWriter Bytes(int field, byte[] value)
    {
        Tag(field, 2);
        Varint((ulong)value.Length);
        bytes.Write(value);
        return this;
    }

    public ProtoWriter String(int field, string value) => Bytes(field, Encoding.UTF8.GetBytes(value));

    public ProtoWriter Message(int field, Action<ProtoWriter> body)
    {
        var inner = new ProtoWriter();
        body(inner);
        return Bytes(field, inner.ToArray());
    }
}

/// <summary>An attribute value of the node: an int, a list of ints, a float or a string.</summary>
public abstract record OnnxAttribute(string Name)
{
    public sealed record Int(string Name, long Value) : OnnxAttribute(Name);
    public sealed record Ints(string Name, long[] Values) : OnnxAttribute(Name);
    public sealed record Float(string Name, float Value) : OnnxAttribute(Name);
    public sealed record Text(string Name, string Value) : OnnxAttribute(Name);
}

/// <summary>
/// A one-node ONNX model: ModelProto{ir_version 1, producer_name 2, graph 7, opset_import 8},
/// GraphProto{node 1, name 2, input 11, output 12}, NodeProto{input 1, output 2, name 3, op_type 4, attribute 5},
/// AttributeProto{name 1, f 2, i 3, s 4, ints 8, type 20 (FLOAT 1, INT 2, STRING 3, INTS 7)},
/// ValueInfoProto{name 1, type 2}, TypeProto{tensor_type 1}, TypeProto.Tensor{elem_type 1, shape 2},
/// TensorShapeProto{dim 1}, Dimension{dim_value 1}. Element types: FLOAT 1, INT64 7, DOUBLE 11.
/// </summary>
public static class OnnxModel
{
    public const int Float = 1, Int64 = 7, Double = 11;

    public static byte[] OneNode(string opType, int opset, (string Name, int ElemType, long[] Shape)[] inputs,
        (string Name, int ElemType)[] outputs, IEnumerable<OnnxAttribute> attributes)
    {
        var model = new ProtoWriter()
            .Int(1, 9)
            .String(2, "convspec-examples")
            .Message(7, graph =>
            {
                graph.Message(1, node =>
                {
                    foreach (var input in inputs) node.String(1, input.Name);
                    foreach (var output in outputs) node.String(2, output.Name);
                    node.String(3, "node").String(4, opType);
                    foreach (var a in attributes) node.Message(5, attribute => Attribute(attribute, a));
                });
                graph.String(2, "one-node");
                foreach (var input in inputs)
                    graph.Message(11, info => info.String(1, input.Name).Message(2, type => type.Message(1, tensor =>
                        tensor.Int(1, input.ElemType).Message(2, shape =>
                        {
                            foreach (var d in input.Shape) shape.Message(1, dim => dim.Int(1, d));
                        }))));
                foreach (var output in outputs)
                    graph.Message(12, info => info.String(1, output.Name).Message(2, type => type.Message(1, tensor => tensor.Int(1, output.ElemType))));
            })
            .Message(8, opsetId => opsetId.String(1, "").Int(2, opset));
        return model.ToArray();
    }

    private static void Attribute(ProtoWriter w, OnnxAttribute a)
    {
        w.String(1, a.Name);
        switch (a)
        {
            case OnnxAttribute.Int i: w.Int(3, i.Value).Int(20, 2); break;
            case OnnxAttribute.Ints l:
                foreach (var v in l.Values) w.Int(8, v);
                w.Int(20, 7);
                break;
            case OnnxAttribute.Float f: w.Float(2, f.Value).Int(20, 1); break;
            case OnnxAttribute.Text t: w.String(4, t.Value).Int(20, 3); break;
        }
    }
}
