package ir.kanoonyar.bot;

import java.util.TimeZone;

import ir.kanoonyar.bot.channel.BotSettings;
import ir.kanoonyar.bot.channel.InboxSettings;
import ir.kanoonyar.bot.channel.WebhookSettings;
import ir.kanoonyar.bot.simulator.SimulatorSettings;
import ir.kanoonyar.db.DatabaseConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

@SpringBootApplication
@Import(DatabaseConfiguration.class)
@EnableConfigurationProperties({BotSettings.class, InboxSettings.class, SimulatorSettings.class, WebhookSettings.class})
public class BotApplication {

    public static void main(String[] args) {
        // Every stored time is UTC; plain JDBC writes use the JVM's zone, so make it UTC too.
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        SpringApplication.run(BotApplication.class, args);
    }
}
