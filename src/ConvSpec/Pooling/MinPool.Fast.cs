using ConvSpec.Tensors;

namespace ConvSpec.Pooling;

public static partial class MinPool
{
    /// <summary>
    /// Min pooling as min(X) = −max(−X) with <see cref="MaxPool.Fast"/> (van Herk / Gil-Werman, cost flat in the
    /// window). Exact: negation is exact, the first minimum of X is the first maximum of −X, and −(−x) restores
    /// every value, signed zeros and NaN included.
    /// </summary>
    public static partial class Fast
    {
        /// <summary>Min pooling of floats; equals <see cref="Spec.Apply{T}"/> bit for bit, indices included.</summary>
        public static MaxPoolResult<float> Apply(NdArray<float> x, PoolOptions options,
            StorageOrder storageOrder = StorageOrder.RowMajor, NanRule nanRule = NanRule.Propagate)
        {
            var r = MaxPool.Fast.Apply(Validation.Preconditions.NotNull(x, "X").Map(v => -v), options, storageOrder, nanRule);
            return r with { Values = r.Values.Map(v => -v) };
        }

        /// <summary>Min pooling of doubles; equals <see cref="Spec.Apply{T}"/> bit for bit, indices included.</summary>
        public static MaxPoolResult<double> Apply(NdArray<double> x, PoolOptions options,
            StorageOrder storageOrder = StorageOrder.RowMajor, NanRule nanRule = NanRule.Propagate)
        {
            var r = MaxPool.Fast.Apply(Validation.Preconditions.NotNull(x, "X").Map(v => -v), options, storageOrder, nanRule);
            return r with { Values = r.Values.Map(v => -v) };
        }
    }
}
