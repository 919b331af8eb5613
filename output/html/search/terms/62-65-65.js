teSearchFile("terms/62-65-65",[["been",[1,1,22],[]]]);
