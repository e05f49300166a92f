using ConvSpec.Npy;
using ConvSpec.Protocol;
using ConvSpec.SpecTests.TestSupport;

namespace ConvSpec.SpecTests.Npy;

/// <summary>A descr with no size is no supported element type; a dtype outside the protocol's five has no descr.</summary>
public class NpyDescrArgumentExamples
{
    [Theory]
    [InlineData("|b")]
    [InlineData("|i")]
    [InlineData("<u")]
    public void A_bool_or_integer_kind_without_a_size_is_unsupported_not_read_as_size_1(string descr) =>
        new ArgumentCase(() => NpyDescr.Parse(descr, "x"), typeof(NotSupportedException), null,
            $"x: element type '{descr}' is not supported").Refuses();

    [Fact]
    public void Dtype_99_is_not_a_protocol_dtype() =>
        ArgumentCase.Range(() => NpyDescr.Of((DType)99, NpyByteOrder.Little), "dtype", "99 is not a protocol dtype").Refuses();
}
