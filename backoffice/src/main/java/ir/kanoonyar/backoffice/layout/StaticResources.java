package ir.kanoonyar.backoffice.layout;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The back-office's static files under their own paths only, instead of Boot's default handler for
 * every path ({@code /**}, turned off with spring.web.resources.add-mappings=false). With that default
 * the link encoding that puts a webjar's version into its address (ResourceUrlEncodingFilter) asked the
 * class path for every link of every page, /requests/123 included, and a link that is no file is not
 * cached: on the inbox and request pages 40 % of the request threads' CPU went into those class path
 * lookups at 150 pages/s (a JFR profile, docs/benchmarks.md). Now only links under these paths are looked
 * up, and found ones are cached (resourceChain(true): a cache, then the webjars resolver, which serves
 * /webjars/bootstrap/... without a version in the address as before).
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        for (String folder : new String[] {"css", "fonts", "js"}) {
            registry.addResourceHandler("/" + folder + "/**").addResourceLocations("classpath:/static/" + folder + "/")
                    .resourceChain(true);
        }
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true);
    }
}
