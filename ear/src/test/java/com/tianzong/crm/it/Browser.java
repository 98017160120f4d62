package com.tianzong.crm.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import com.tianzong.crm.platform.demo.DemoTenant;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by Selenium against the test server; flags as needed to
 * run as root on a machine without network, a fresh profile each time, screenshots on demand.
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final Path profile;
    private final String baseUrl = System.getProperty("tianzong.it.baseUrl", "http://127.0.0.1:28080");
    private final Path downloads;

    public Browser() throws IOException {
        profile = Files.createTempDirectory("tianzong-chromium");
        downloads = Files.createDirectories(profile.resolve("downloads"));
        ChromeOptions options = new ChromeOptions();
        options.setExperimentalOption("prefs", java.util.Map.of(
                "download.default_directory", downloads.toString(),
                "download.prompt_for_download", false,
                // a browser set up for China: the operator console follows the browser's language
                "intl.accept_languages", "zh-CN,zh"));
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=zh-CN",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    public void open(String path) {
        driver.get(baseUrl + path);
    }

    public WebElement find(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    public void type(By by, String text) {
        WebElement input = find(by);
        input.clear();
        input.sendKeys(text);
    }

    /** Types into a formatted number input (PrimeFaces inputNumber): select all, type, leave the field. */
    public void typeNumber(By by, String digits) {
        WebElement input = find(by);
        input.click();
        input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"));
        input.sendKeys(org.openqa.selenium.Keys.BACK_SPACE);
        input.sendKeys(digits, org.openqa.selenium.Keys.TAB);
    }

    public void click(By by) {
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    /** Clicks and waits until an Ajax response has replaced {@code updated} (so old text cannot be mistaken for new). */
    public void clickAndWaitForUpdate(By by, By updated) {
        WebElement before = find(updated);
        click(by);
        wait.until(ExpectedConditions.stalenessOf(before));
    }

    /** Chooses an option of a PrimeFaces select menu inside the element {@code container}. */
    public void choose(By container, String label) {
        find(container).findElement(By.cssSelector(".ui-selectonemenu")).click();
        click(By.xpath("//li[contains(@class,'ui-selectonemenu-item') and @data-label='" + label + "']"));
    }

    /**
     * Waits for the text in the element. A page being replaced while the element is read (a form
     * post navigating) is retried: Chromium then reports the node as gone from the document with a
     * plain WebDriverException, not a stale element.
     */
    public void waitForText(By by, String text) {
        wait.until(driver -> {
            try {
                return ExpectedConditions.textToBePresentInElementLocated(by, text).apply(driver);
            } catch (org.openqa.selenium.WebDriverException gone) {
                return false;
            }
        });
    }

    /**
     * Types a date into a date picker and moves on, then checks that the field holds the date and
     * that no calendar is left open over the fields below (the calendar opens from its button only).
     */
    public void typeDate(By input, String isoDate) {
        // the picker reformats its input as it parses; a date it dropped while being typed is typed again
        for (int attempt = 1; attempt <= 3 && !isoDate.equals(find(input).getAttribute("value")); attempt++) {
            // a date already there is selected and typed over: clear() leaves the picker's value in place
            WebElement field = find(input);
            field.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"));
            field.sendKeys(org.openqa.selenium.Keys.BACK_SPACE);
            field.sendKeys(isoDate);
            find(input).sendKeys(org.openqa.selenium.Keys.TAB);
        }
        wait.until(d -> isoDate.equals(d.findElement(input).getAttribute("value")) && !calendarOpen());
    }

    private boolean calendarOpen() {
        return driver.findElements(By.cssSelector(".ui-datepicker")).stream().anyMatch(WebElement::isDisplayed);
    }

    /** Waits until the page has no Ajax request queued or running (PrimeFaces' queue and jQuery). */
    public void waitForAjax() {
        wait.until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "return (typeof PrimeFaces === 'undefined' || PrimeFaces.ajax.Queue.isEmpty())"
                        + " && (typeof jQuery === 'undefined' || jQuery.active === 0);")));
    }

    public void waitForUrl(String fragment) {
        wait.until(ExpectedConditions.urlContains(fragment));
    }

    public void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        wait.until(condition::apply);
    }

    /** Waits for a finished download whose name ends with {@code suffix} and returns its path. */
    public Path downloaded(String suffix) {
        wait.until(driver -> {
            try (var files = Files.list(downloads)) {
                return files.anyMatch(file -> file.toString().endsWith(suffix));
            } catch (IOException e) {
                return false;
            }
        });
        try (var files = Files.list(downloads)) {
            return files.filter(file -> file.toString().endsWith(suffix)).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether a script managed to open an alert (an XSS payload that ran). */
    public boolean alertPresent() {
        try {
            driver.switchTo().alert();
            return true;
        } catch (org.openqa.selenium.NoAlertPresentException e) {
            return false;
        }
    }

    /** Signs in to the demo company and starts from the default language, Simplified Chinese. */
    public void signIn(String username) {
        open("/crm/login.xhtml");
        type(By.id("login:company"), DemoTenant.CODE.value());
        type(By.id("login:username"), username);
        type(By.id("login:password"), DemoTenant.PASSWORD);
        click(By.id("login:submit"));
        waitForUrl("/app/index.xhtml");
        // the language is kept per user: start every test from the default, Simplified Chinese
        WebElement before = find(By.tagName("body"));
        click(By.linkText("简体中文"));
        wait.until(ExpectedConditions.stalenessOf(before));
        waitForText(By.cssSelector(".tz-brand"), "天纵营销管理系统");
    }

    public void signOut() {
        click(By.linkText("退出"));
        waitForUrl("login.xhtml");
    }

    /** Runs a script in the page, e.g. to move the page's own idle clock forward. */
    public Object script(String script) {
        return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(script);
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    public String pageSource() {
        return driver.getPageSource();
    }

    public void screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("tianzong.it.screenshots", "target/screenshots"));
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not save screenshot " + name + ": " + e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary profile is harmless
        }
    }
}
