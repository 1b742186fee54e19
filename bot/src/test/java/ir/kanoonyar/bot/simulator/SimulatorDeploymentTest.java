package ir.kanoonyar.bot.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The simulator is on in the embedded default's run command only, never in the production shape. */
class SimulatorDeploymentTest {

    /** Maven runs a module's tests in the module's folder. */
    static final Path ROOT = Path.of("..");

    @Test
    void composeKeepsItOffWhateverTheEnvironmentSays() throws IOException {
        assertThat(read("docker-compose.yml")).contains("KANOONYAR_SIMULATOR_ENABLED: \"false\"")
                .doesNotContain("KANOONYAR_SIMULATOR_ENABLED: ${");
    }

    @Test
    void theDockerfilesNeverTurnItOn() throws IOException {
        assertThat(read("bot/Dockerfile")).doesNotContainIgnoringCase("simulator");
        assertThat(read("backoffice/Dockerfile")).doesNotContainIgnoringCase("simulator");
    }

    @Test
    void theRunCommandOfTheEmbeddedDefaultTurnsItOn() throws IOException {
        assertThat(read("scripts/run.sh")).contains("KANOONYAR_SIMULATOR_ENABLED=\"${KANOONYAR_SIMULATOR_ENABLED:-true}\"");
    }

    private static String read(String path) throws IOException {
        return Files.readString(ROOT.resolve(path));
    }
}
