package dev.crossmap.matching;

import java.nio.file.Path;

/**
 * A matcher that knows the user's own words: the shipped vocabulary plus {@link UserVocabulary#FILE_NAME} in the
 * config folder the caller names (the CLI and the window both pass the app's settings folder).
 *
 * @param matcher    the matcher to use
 * @param vocabulary the user's vocabulary as read, with what was left out of it
 */
public record UserMatchers(Matcher matcher, UserVocabulary vocabulary) {
    /** Reads {@code configFolder/vocabulary.txt} (if there is one) and makes the matcher. */
    public static UserMatchers in(Path configFolder) {
        UserVocabulary v = UserVocabulary.load(configFolder.resolve(UserVocabulary.FILE_NAME));
        return new UserMatchers(new Matcher(MatchSettings.DEFAULT.withUserVocabulary(v.text())), v);
    }
}
