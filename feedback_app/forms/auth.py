from flask_wtf import FlaskForm
from wtforms import PasswordField, StringField
from wtforms.validators import DataRequired, Length

from feedback_app.forms.common import strip_text


class LoginForm(FlaskForm):
    email = StringField(
        "Email address",
        validators=[DataRequired(message="Enter your email address"), Length(max=254)],
        filters=[strip_text],
    )
    password = PasswordField(
        "Password", validators=[DataRequired(message="Enter your password"), Length(max=200)]
    )
