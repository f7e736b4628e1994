using System.Security.Cryptography;
using System.Text;

namespace ClaimCheck.Classification;

/// <summary>
/// A fingerprint of the examples a model was trained on, stored beside a saved model, so a test can tell whether a
/// shipped model still matches the data it claims to come from.
/// </summary>
/// <remarks>
/// The lower-case hex SHA-256 of the UTF-8 bytes of <c>label TAB text LF</c> for each example, in training order.
/// Ids and sources are not part of it; the order is (L-BFGS and SDCA results depend on it).
/// </remarks>
public static class TrainingDataFingerprint
{
    /// <summary>Computes the fingerprint of training examples.</summary>
    /// <param name="examples">The examples, in the order the trainer sees them.</param>
    /// <returns>64 lower-case hex digits.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="examples"/> or one of its items is <see langword="null"/>.</exception>
    public static string Compute(IEnumerable<LabeledText> examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var example in examples)
        {
            ArgumentNullException.ThrowIfNull(example, nameof(examples));
            hash.AppendData(Encoding.UTF8.GetBytes($"{example.Label}\t{example.Text}\n"));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
