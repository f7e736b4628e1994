using System.Collections.Immutable;
using ClaimCheck.Claims;

namespace ClaimCheck.Classification;

/// <summary>The typing stage: each extracted claim keeps the rules' type or takes the classifier's, as the policy decides. The
/// classifier is asked once per sentence, and only when its answer can change a type.</summary>
internal static class ClaimTyping
{
    public static ImmutableArray<Claim> Apply(ImmutableArray<Claim> claims, IClaimTypeClassifier classifier, ClaimTypePolicy policy)
    {
        if (claims.IsEmpty)
        {
            return claims;
        }

        var predictions = new Dictionary<string, ClaimTypePrediction>(StringComparer.Ordinal);
        var typed = ImmutableArray.CreateBuilder<Claim>(claims.Length);
        foreach (var claim in claims)
        {
            var type = policy.Decide(claim.Type, claim.Text, () =>
            {
                if (!predictions.TryGetValue(claim.Text, out var prediction))
                {
                    prediction = classifier.Classify(claim.Text);
                    predictions[claim.Text] = prediction;
                }

                return prediction;
            });
            typed.Add(type == claim.Type ? claim : claim with { Type = type });
        }

        return typed.MoveToImmutable();
    }
}
