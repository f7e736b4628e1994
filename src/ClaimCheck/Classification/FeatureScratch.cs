namespace ClaimCheck.Classification;

/// <summary>Per-thread scratch arrays for featurisation, grown on demand and reused, so prediction does not allocate.</summary>
/// <remarks>Not thread-safe: use <see cref="ForCurrentThread"/> or one instance per thread.</remarks>
internal sealed class FeatureScratch
{
    [ThreadStatic]
    private static FeatureScratch? t_current;

    private char[] _chars = new char[256];
    private int[] _wordStarts = new int[64];
    private uint[] _wordHashes = new uint[64];
    private int[] _table = new int[2048];
    private int[] _featureIndices = new int[1024];
    private float[] _featureValues = new float[1024];

    /// <summary>The calling thread's instance.</summary>
    public static FeatureScratch ForCurrentThread => t_current ??= new FeatureScratch();

    /// <summary>The distinct feature indices written by the last <see cref="TextFeaturizer.Extract"/>.</summary>
    public int[] FeatureIndexBuffer => _featureIndices;

    /// <summary>The feature values written by the last <see cref="TextFeaturizer.Extract"/>.</summary>
    public float[] FeatureValueBuffer => _featureValues;

    public char[] Chars(int size) => Ensure(ref _chars, size);

    public int[] WordStarts(int size) => Ensure(ref _wordStarts, size);

    public uint[] WordHashes(int size) => Ensure(ref _wordHashes, size);

    public int[] Table(int size) => Ensure(ref _table, size);

    public int[] FeatureIndices(int size) => Ensure(ref _featureIndices, size);

    public float[] FeatureValues(int size) => Ensure(ref _featureValues, size);

    private static T[] Ensure<T>(ref T[] array, int size)
    {
        if (array.Length < size)
        {
            array = new T[Math.Max(size, array.Length * 2)];
        }

        return array;
    }
}
