using System.Collections.Immutable;
using ClaimCheck.Claims;

namespace ClaimCheck.Classification;

/// <summary>The typing stage: each extracted claim keeps the rules' type or takes the classifier's, as the policy decides. The
/// classifier is asked once per sentence, and only when its answer can change a type; the policy decides once per sentence and
/// rules' type (its decision depends on nothing else), so the claims a sentence gives with the same rules' type share it.</summary>
internal static class ClaimTyping
{
    public static ImmutableArray<Claim> Apply(ImmutableArray<Claim> claims, IClaimTypeClassifier classifier, ClaimTypePolicy policy)
    {
        if (claims.IsEmpty)
        {
            return claims;
        }

        var predictions = new Dictionary<string, ClaimTypePrediction>(StringComparer.Ordinal);
        var decisions = new Dictionary<(string Text, ClaimType RuleType), ClaimType>();
        var typed = ImmutableArray.CreateBuilder<Claim>(claims.Length);
        foreach (var claim in claims)
        {
            if (!decisions.TryGetValue((claim.Text, claim.Type), out var type))
            {
                type = policy.Decide(claim.Type, claim.Text, () =>
                {
                    if (!predictions.TryGetValue(claim.Text, out var prediction))
                    {
                        prediction = classifier.Classify(claim.Text);
                        predictions[claim.Text] = prediction;
                    }

                    return prediction;
                });
                decisions[(claim.Text, claim.Type)] = type;
            }

            typed.Add(type == claim.Type ? claim : claim with { Type = type });
        }

        return typed.MoveToImmutable();
    }
}
