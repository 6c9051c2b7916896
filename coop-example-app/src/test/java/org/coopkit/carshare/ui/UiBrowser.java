package org.coopkit.carshare.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium driven by Selenium, with a fresh profile, screenshots under
 * {@code target/screenshots/} and an axe-core audit run inside the page.
 */
final class UiBrowser implements AutoCloseable {
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Path AXE = Path.of("src", "test", "js", "node_modules", "axe-core", "axe.min.js");

    private final ChromeDriver driver;
    private final Path profile;
    private final String base;
    private String axe;

    UiBrowser(String baseUri) {
        this.base = baseUri.endsWith("/") ? baseUri.substring(0, baseUri.length() - 1) : baseUri;
        try {
            this.profile = Files.createTempDirectory("coopkit-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--window-size=1280,900", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new java.io.File("/usr/bin/chromedriver"))
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    ChromeDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(base + path);
    }

    String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    WebElement find(By by) {
        try {
            return driver.findElement(by);
        } catch (org.openqa.selenium.NoSuchElementException e) {
            throw new AssertionError("no " + by + " on " + driver.getCurrentUrl() + ":\n" + driver.getPageSource(), e);
        }
    }

    /** Clicks something that loads a new page, and waits until the new page has replaced the old one. */
    void click(By by) {
        WebElement target = find(by);
        WebElement html = driver.findElement(By.tagName("html"));
        target.click();
        waitForNewPage(html);
    }

    /** Waits until the old page's root element is gone and the new page has loaded. */
    private void waitForNewPage(WebElement oldRoot) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> {
            try {
                oldRoot.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true; // stale, or "node does not belong to the document": the old page is gone
            }
        });
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** Presses Enter in a field (keyboard-only submit) and waits for the next page. */
    /**
     * The layout's language switch, "English" or "Français": a link for an anonymous visitor, a
     * button of a small POST form (with the session's CSRF token) for a logged-in member.
     */
    static By language(String label) {
        return By.xpath("//footer//*[self::a or self::button][normalize-space()='" + label + "']");
    }

    void enterIn(String id) {
        WebElement html = driver.findElement(By.tagName("html"));
        find(By.id(id)).sendKeys(org.openqa.selenium.Keys.ENTER);
        waitForNewPage(html);
    }

    /** Presses Tab once in the page and returns the element that has the focus. */
    WebElement tab() {
        driver.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.TAB);
        return driver.switchTo().activeElement();
    }

    void type(String id, String text) {
        WebElement e = find(By.id(id));
        e.clear();
        e.sendKeys(text);
    }

    /** Sets a value the way a picker would (datetime-local has no portable typing format). */
    void set(String id, String value) {
        ((JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
    }

    void logIn(String email, String password) {
        driver.manage().deleteAllCookies();
        open("/login");
        type("email", email);
        type("password", password);
        click(By.cssSelector("form[action='/login'] button[type=submit]"));
    }

    void logOut() {
        click(By.cssSelector("form.logout button"));
    }

    String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    String text() {
        return driver.findElement(By.tagName("main")).getText();
    }

    /** The page's text with no-break spaces as plain spaces and runs of white space as one (French writes 24,00 € with one). */
    String plainText() {
        return plain(text());
    }

    /** The page's language, as its {@code html} element says. */
    String lang() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    static String plain(String s) {
        return s.replace('\u00a0', ' ').replace('\u202f', ' ').replaceAll("\\s+", " ");
    }

    /** Sizes the window so that the page's viewport is {@code width}×{@code height} CSS px, whatever the browser's frame takes. */
    void viewport(int width, int height) {
        JavascriptExecutor js = driver;
        driver.manage().window().setSize(new Dimension(width, height));
        long inner = ((Number) js.executeScript("return window.innerWidth;")).longValue();
        if (inner != width) driver.manage().window().setSize(new Dimension((int) (width + (width - inner)), height));
        assertThat(((Number) js.executeScript("return window.innerWidth;")).longValue()).isEqualTo(width);
    }

    /** Whether the page scrolls sideways: {@code document.documentElement.scrollWidth > innerWidth}. */
    boolean scrollsSideways() {
        JavascriptExecutor js = driver;
        long scroll = ((Number) js.executeScript("return document.documentElement.scrollWidth;")).longValue();
        long inner = ((Number) js.executeScript("return window.innerWidth;")).longValue();
        return scroll > inner;
    }

    /** A full-page screenshot: the window grows to the page's height first. */
    Path screenshot(String name) {
        return screenshot(name, driver.manage().window().getSize().getWidth());
    }

    /** The same at a phone's width (390 CSS px). */
    Path screenshotPhone(String name) {
        return screenshot(name, 390);
    }

    /** A full-page screenshot at a given width in CSS px (a phone: 360). */
    Path screenshotAt(String name, int width) {
        return screenshot(name, width);
    }

    private Path screenshot(String name, int width) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Dimension before = driver.manage().window().getSize();
            driver.manage().window().setSize(new Dimension(width, before.getHeight()));
            Object h = ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight;");
            int height = Math.min(4000, Math.max(600, ((Number) h).intValue() + 20));
            driver.manage().window().setSize(new Dimension(width, height));
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            driver.manage().window().setSize(before);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs axe-core in the page and fails on any serious or critical violation, listing them. */
    void assertAccessible(String page) {
        if (axe == null) {
            assertThat(AXE).as("axe-core is installed (run: npm install --prefix coop-example-app/src/test/js)").exists();
            try {
                axe = Files.readString(AXE, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(axe);
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                  .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                        nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' :: ' + n.failureSummary)}))))
                  .catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));
                """);
        List<String> serious = new ArrayList<>();
        for (Object o : (List<?>) result) {
            Map<?, ?> v = (Map<?, ?>) o;
            String impact = String.valueOf(v.get("impact"));
            String line = impact + " " + v.get("id") + ": " + v.get("help") + " " + v.get("nodes");
            if (impact.equals("serious") || impact.equals("critical")) serious.add(line);
            else System.out.println("[axe " + page + "] " + line);
        }
        assertThat(serious).as("axe-core serious/critical violations on " + page).isEmpty();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temp profile left behind is harmless
            }
        }
    }
}
