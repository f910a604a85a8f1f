package dev.crossmap.matching;

import java.util.Set;

/**
 * The knobs of matching, so the quality bench can choose them on one half of the labelled roadmaps and
 * report the other half.
 *
 * @param sameThreshold    weighted word overlap from which two differently worded keys are the same concept
 * @param suggestThreshold overlap from which a pair below {@code sameThreshold} is offered as a suggestion
 * @param heldOutFolds     vocabulary entries learned on these folds of the labelled set are not used (entries
 *                         tagged {@code @A}/{@code @B} in vocabulary.txt), so a fold can be scored honestly
 * @param userVocabulary   the user's own vocabulary text (same format as vocabulary.txt), "" for none
 * @param mentions         whether a longer line is also read as naming the concepts the atlas names on their own
 * @param mentionMinWords  content words from which a line is long enough to be searched for mentions (a line
 *                         with a small word such as "for", "to", "with" is searched from two words)
 * @param mentionSingleWords whether a one-word concept ("Lists") may be found inside a longer line
 */
public record MatchSettings(double sameThreshold, double suggestThreshold, Set<String> heldOutFolds,
                            String userVocabulary, boolean mentions, int mentionMinWords, boolean mentionSingleWords) {
    /** What the app uses. */
    public static final MatchSettings DEFAULT = new MatchSettings(0.70, 0.5, Set.of(), "", true, 3, false);

    public MatchSettings {
        heldOutFolds = Set.copyOf(heldOutFolds);
        userVocabulary = userVocabulary == null ? "" : userVocabulary;
    }

    public MatchSettings withSameThreshold(double t) {
        return new MatchSettings(t, Math.min(suggestThreshold, t), heldOutFolds, userVocabulary, mentions,
                mentionMinWords, mentionSingleWords);
    }

    /** These settings with mentions off, or searched from {@code minWords} content words. */
    public MatchSettings withMentions(boolean on, int minWords, boolean singleWords) {
        return new MatchSettings(sameThreshold, suggestThreshold, heldOutFolds, userVocabulary, on, minWords, singleWords);
    }

    public MatchSettings withHeldOut(Set<String> folds) {
        return new MatchSettings(sameThreshold, suggestThreshold, folds, userVocabulary, mentions, mentionMinWords,
                mentionSingleWords);
    }

    public MatchSettings withUserVocabulary(String text) {
        return new MatchSettings(sameThreshold, suggestThreshold, heldOutFolds, text, mentions, mentionMinWords,
                mentionSingleWords);
    }
}
